import type * as Y from 'yjs'
import { clearTombstone, LANE_ITEMS, requireDeletedItem } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'

/** Undoes a `deleteLane` (without its deleted notes): redirected notes show in the lane again. */
export function restoreLane(doc: Y.Doc, args: { laneId: string }, origin: TransactionOrigin): void {
  const entity = requireDeletedItem(doc, LANE_ITEMS, args.laneId)
  doc.transact(() => clearTombstone(entity), origin)
}
