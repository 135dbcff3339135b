import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_NAME_LENGTH } from '../limits.ts'
import { orderKeys } from '../order/orderKey.ts'
import { createMapEntity, MAP_TYPES, MapKeys, type MapType } from '../schema/map.ts'
import { readString } from '../schema/read.ts'
import { mapsOf, stagesOf } from '../schema/root.ts'
import { createStageEntity } from '../schema/stage.ts'
import { requireLiveItem, requireMap, STAGE_ITEMS } from './mapItems.ts'
import { mapOrderAt } from './mapOrder.ts'
import { OpError } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireIndex, requireOneOf, requireText } from './validate.ts'
import { writePresetLanes } from './writePresetLanes.ts'

export interface AddMapArgs {
  type: MapType
  title: string
  /** The new map's first stages, in the team's language; at least one (a map always has a stage). */
  stageNames: readonly string[]
  /**
   * A stage of another map that this map details (seed 001's tactical sub-journey). Only a tactical
   * map details a stage; it starts with that map's persona and segment.
   */
  parentStageId?: string
  /** Position among the board's maps; the end when omitted. */
  index?: number
}

/** Adds a map with the given stages and the lanes its type's preset suggests; returns its id. */
export function addMap(doc: Y.Doc, args: AddMapArgs, origin: TransactionOrigin): string {
  const type = requireOneOf(args.type, 'map type', MAP_TYPES)
  const title = requireText(args.title, 'map title', MAX_NAME_LENGTH)
  const stageNames = args.stageNames.map((name) =>
    requireText(name, 'stage name', MAX_NAME_LENGTH, { nonEmpty: true }),
  )
  if (stageNames.length === 0) throw new OpError('invalid', 'a map needs at least one stage')
  if (args.index !== undefined) requireIndex(args.index)
  const parent = args.parentStageId ? parentOf(doc, args.parentStageId, type) : undefined
  const mapId = newId()
  doc.transact(() => {
    mapsOf(doc).set(
      mapId,
      createMapEntity({
        id: mapId,
        order: mapOrderAt(doc, args.index),
        type,
        title,
        personaId: parent?.personaId ?? '',
        segment: parent?.segment ?? '',
        parentMapId: parent?.mapId ?? '',
        parentStageId: args.parentStageId ?? '',
      }),
    )
    const stageOrders = orderKeys(stageNames.length)
    stageNames.forEach((name, index) => {
      const id = newId()
      stagesOf(doc).set(id, createStageEntity({ id, mapId, order: stageOrders[index] ?? 'a0', name }))
    })
    writePresetLanes(doc, mapId, type)
  }, origin)
  return mapId
}

function parentOf(doc: Y.Doc, stageId: string, type: MapType) {
  if (type !== 'tactical') throw new OpError('invalid', 'only a tactical map details a stage of another map')
  const { mapId } = requireLiveItem(doc, STAGE_ITEMS, stageId)
  const parentMap = requireMap(doc, mapId)
  return {
    mapId,
    personaId: readString(parentMap, MapKeys.personaId),
    segment: readString(parentMap, MapKeys.segment),
  }
}
