import type * as Y from 'yjs'
import { MAX_FIELD_LENGTH } from '../limits.ts'
import { DeliverableKeys } from '../schema/deliverable.ts'
import { StageKeys } from '../schema/stage.ts'
import { requireLiveItem, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireStageItem } from './stageItems.ts'
import { requireText } from './validate.ts'

export interface SetStageDeliverableArgs {
  stageId: string
  deliverableId: string
  text: string
}

export function setStageDeliverable(
  doc: Y.Doc,
  args: SetStageDeliverableArgs,
  origin: TransactionOrigin,
): void {
  const stage = requireLiveItem(doc, STAGE_ITEMS, args.stageId)
  const item = requireStageItem(stage.entity, StageKeys.deliverables, args.deliverableId, 'deliverable')
  const text = requireText(args.text, 'deliverable', MAX_FIELD_LENGTH, { nonEmpty: true })
  doc.transact(() => item.set(DeliverableKeys.text, text), origin)
}
