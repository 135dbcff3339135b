import * as Y from 'yjs'
import type { Ordered } from '../order/orderKey.ts'
import { readOneOf, readString } from './read.ts'

/** The eight map types of seed 001. */
export const MAP_TYPES = [
  'currentState',
  'futureState',
  'strategic',
  'tactical',
  'dayInTheLife',
  'serviceBlueprint',
  'circular',
  'empathy',
] as const
export type MapType = (typeof MAP_TYPES)[number]

export interface JourneyMap extends Ordered {
  type: MapType
  title: string
  /** The persona entity this map is drawn for; '' for none. */
  personaId: string
  /** The target segment (目标市场), free text such as "mid-size manufacturers in East China". */
  segment: string
  /**
   * The persona's display name: `readBoard` resolves it from `personaId`; a schema-1 map not yet
   * migrated shows its free-text persona.
   */
  persona: string
  /**
   * In a circular (lifecycle) map, the stage where the loop starts again after the last one (seed
   * 001: retention feeds the next round); '' means the first stage.
   */
  loopRestartStageId: string
  /**
   * A tactical map (seed 001's sub-journey) details one stage of another map: that map and stage,
   * so the stage opens it and it leads back; '' for a map that details none. The map is kept
   * beside the stage so the way back survives the stage being deleted.
   */
  parentMapId: string
  parentStageId: string
}

export const MapKeys = {
  id: 'id',
  type: 'type',
  title: 'title',
  personaId: 'personaId',
  segment: 'segment',
  /** Free-text persona of schema version 1; migration 002 turns it into a persona entity. */
  persona: 'persona',
  order: 'order',
  loopRestartStageId: 'loopRestartStageId',
  parentMapId: 'parentMapId',
  parentStageId: 'parentStageId',
} as const

export function readMap(id: string, map: Y.Map<unknown>): JourneyMap {
  return {
    id,
    order: readString(map, MapKeys.order, 'a0'),
    type: readOneOf(map, MapKeys.type, MAP_TYPES, 'currentState'),
    title: readString(map, MapKeys.title),
    personaId: readString(map, MapKeys.personaId),
    segment: readString(map, MapKeys.segment),
    persona: readString(map, MapKeys.persona),
    loopRestartStageId: readString(map, MapKeys.loopRestartStageId),
    parentMapId: readString(map, MapKeys.parentMapId),
    parentStageId: readString(map, MapKeys.parentStageId),
  }
}

export type NewMapFields = Pick<JourneyMap, 'id' | 'order' | 'type' | 'title'> &
  Partial<Pick<JourneyMap, 'personaId' | 'segment' | 'loopRestartStageId' | 'parentMapId' | 'parentStageId'>>

/** The optional references, written only when set so a plain new map stays as small as before. */
const OPTIONAL_REFS = [MapKeys.loopRestartStageId, MapKeys.parentMapId, MapKeys.parentStageId] as const

export function createMapEntity(fields: NewMapFields): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  map.set(MapKeys.id, fields.id)
  map.set(MapKeys.order, fields.order)
  map.set(MapKeys.type, fields.type)
  map.set(MapKeys.title, fields.title)
  map.set(MapKeys.personaId, fields.personaId ?? '')
  map.set(MapKeys.segment, fields.segment ?? '')
  for (const key of OPTIONAL_REFS) {
    const value = fields[key]
    if (value) map.set(key, value)
  }
  return map
}
