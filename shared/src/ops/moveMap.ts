import type * as Y from 'yjs'
import { MapKeys } from '../schema/map.ts'
import { requireMap } from './mapItems.ts'
import { mapOrderAt } from './mapOrder.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireIndex } from './validate.ts'

export interface MoveMapArgs {
  mapId: string
  /** The map's new position among the board's maps. */
  index: number
}

/** Reorders the maps with one write of the map's order key, so a concurrent move never duplicates it. */
export function moveMap(doc: Y.Doc, args: MoveMapArgs, origin: TransactionOrigin): void {
  const map = requireMap(doc, args.mapId)
  requireIndex(args.index)
  doc.transact(() => map.set(MapKeys.order, mapOrderAt(doc, args.index, args.mapId)), origin)
}
