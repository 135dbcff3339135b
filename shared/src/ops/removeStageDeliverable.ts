import type * as Y from 'yjs'
import { StageKeys } from '../schema/stage.ts'
import { requireLiveItem, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireStageItem, stageItemsOf } from './stageItems.ts'

export function removeStageDeliverable(
  doc: Y.Doc,
  args: { stageId: string; deliverableId: string },
  origin: TransactionOrigin,
): void {
  const stage = requireLiveItem(doc, STAGE_ITEMS, args.stageId)
  requireStageItem(stage.entity, StageKeys.deliverables, args.deliverableId, 'deliverable')
  doc.transact(() => stageItemsOf(stage.entity, StageKeys.deliverables).delete(args.deliverableId), origin)
}
