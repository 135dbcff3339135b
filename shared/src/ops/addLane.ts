import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_NAME_LENGTH } from '../limits.ts'
import { createLaneEntity, LANE_KINDS, type LaneKind } from '../schema/lane.ts'
import { lanesOf } from '../schema/root.ts'
import { LANE_ITEMS, orderForIndex, requireMap } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireIndex, requireNewId, requireOneOf, requireText } from './validate.ts'

export interface AddLaneArgs {
  mapId: string
  kind: LaneKind
  /** Empty means "the kind's label in the viewer's language". */
  name?: string
  /** Position among the map's lanes; the end when omitted. */
  index?: number
  id?: string
}

export function addLane(doc: Y.Doc, args: AddLaneArgs, origin: TransactionOrigin): string {
  requireMap(doc, args.mapId)
  const kind = requireOneOf(args.kind, 'lane kind', LANE_KINDS)
  const name = requireText(args.name ?? '', 'lane name', MAX_NAME_LENGTH)
  if (args.index !== undefined) requireIndex(args.index)
  const id = args.id === undefined ? newId() : requireNewId(args.id, lanesOf(doc).has(args.id), 'lane')
  doc.transact(() => {
    const order = orderForIndex(doc, LANE_ITEMS, args.mapId, args.index)
    lanesOf(doc).set(id, createLaneEntity({ id, mapId: args.mapId, order, kind, name }))
  }, origin)
  return id
}
