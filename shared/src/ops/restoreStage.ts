import type * as Y from 'yjs'
import { clearTombstone, requireDeletedItem, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'

/** Undoes a `deleteStage` (without its deleted notes): redirected notes show in the stage again. */
export function restoreStage(doc: Y.Doc, args: { stageId: string }, origin: TransactionOrigin): void {
  const entity = requireDeletedItem(doc, STAGE_ITEMS, args.stageId)
  doc.transact(() => clearTombstone(entity), origin)
}
