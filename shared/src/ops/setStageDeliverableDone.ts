import type * as Y from 'yjs'
import { DeliverableKeys } from '../schema/deliverable.ts'
import { StageKeys } from '../schema/stage.ts'
import { requireLiveItem, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireStageItem } from './stageItems.ts'

export interface SetStageDeliverableDoneArgs {
  stageId: string
  deliverableId: string
  done: boolean
}

/** Ticks a deliverable off (or back on) in the stage's checklist (seed 004's materials per stage). */
export function setStageDeliverableDone(
  doc: Y.Doc,
  args: SetStageDeliverableDoneArgs,
  origin: TransactionOrigin,
): void {
  const stage = requireLiveItem(doc, STAGE_ITEMS, args.stageId)
  const item = requireStageItem(stage.entity, StageKeys.deliverables, args.deliverableId, 'deliverable')
  doc.transact(() => item.set(DeliverableKeys.done, args.done === true), origin)
}
