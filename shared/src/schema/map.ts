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
  persona: string
}

export const MapKeys = { id: 'id', type: 'type', title: 'title', persona: 'persona', order: 'order' } as const

export function readMap(id: string, map: Y.Map<unknown>): JourneyMap {
  return {
    id,
    order: readString(map, MapKeys.order, 'a0'),
    type: readOneOf(map, MapKeys.type, MAP_TYPES, 'currentState'),
    title: readString(map, MapKeys.title),
    persona: readString(map, MapKeys.persona),
  }
}

export function createMapEntity(fields: JourneyMap): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  map.set(MapKeys.id, fields.id)
  map.set(MapKeys.order, fields.order)
  map.set(MapKeys.type, fields.type)
  map.set(MapKeys.title, fields.title)
  map.set(MapKeys.persona, fields.persona)
  return map
}
