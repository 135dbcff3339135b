import * as Y from 'yjs'
import type { Ordered } from '../order/orderKey.ts'
import { readOneOf, readString } from './read.ts'
import { readTombstone, type Tombstone, TombstoneKeys } from './tombstone.ts'

/** Lane kinds of DOMAIN.md; which ones a new map gets is decided by its map type's preset. */
export const LANE_KINDS = [
  'touchpoints',
  'actions',
  'thoughts',
  'feelings',
  'painPoints',
  'opportunities',
  'owners',
  'kpis',
  'materials',
  // service blueprint (seed 001)
  'customerActions',
  'onstage',
  'backstage',
  'supportProcesses',
  'physicalEvidence',
  // empathy map quadrants (seed 001)
  'says',
  'does',
  'thinks',
  'feels',
  'custom',
] as const
export type LaneKind = (typeof LANE_KINDS)[number]

export interface Lane extends Ordered, Tombstone {
  mapId: string
  kind: LaneKind
  /** Empty means "use the kind's label in the viewer's language". */
  name: string
}

export const LaneKeys = {
  id: 'id',
  mapId: 'mapId',
  order: 'order',
  kind: 'kind',
  name: 'name',
  ...TombstoneKeys,
} as const

export function readLane(id: string, map: Y.Map<unknown>): Lane {
  return {
    id,
    mapId: readString(map, LaneKeys.mapId),
    order: readString(map, LaneKeys.order, 'a0'),
    kind: readOneOf(map, LaneKeys.kind, LANE_KINDS, 'custom'),
    name: readString(map, LaneKeys.name),
    ...readTombstone(map),
  }
}

export type NewLaneFields = Omit<Lane, keyof Tombstone>

/** A live lane. */
export function createLaneEntity(fields: NewLaneFields): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  map.set(LaneKeys.id, fields.id)
  map.set(LaneKeys.mapId, fields.mapId)
  map.set(LaneKeys.order, fields.order)
  map.set(LaneKeys.kind, fields.kind)
  map.set(LaneKeys.name, fields.name)
  return map
}
