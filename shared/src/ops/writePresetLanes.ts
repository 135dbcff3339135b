import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { orderKeys } from '../order/orderKey.ts'
import { createLaneEntity } from '../schema/lane.ts'
import type { MapType } from '../schema/map.ts'
import { lanesOf } from '../schema/root.ts'
import { LANE_PRESETS } from '../templates/lanePresets.ts'

/** Gives a new map the lanes its type's preset suggests, named by kind. Call inside a transaction. */
export function writePresetLanes(doc: Y.Doc, mapId: string, type: MapType): void {
  const kinds = LANE_PRESETS[type]
  const orders = orderKeys(kinds.length)
  kinds.forEach((kind, index) => {
    const id = newId()
    lanesOf(doc).set(id, createLaneEntity({ id, mapId, order: orders[index] ?? 'a0', kind, name: '' }))
  })
}
