import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_FIELD_LENGTH } from '../limits.ts'
import { createDeliverableEntity } from '../schema/deliverable.ts'
import { StageKeys } from '../schema/stage.ts'
import { requireLiveItem, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { stageItemOrder, stageItemsOf } from './stageItems.ts'
import { requireIndex, requireText } from './validate.ts'

export interface AddStageDeliverableArgs {
  stageId: string
  text: string
  index?: number
}

export function addStageDeliverable(
  doc: Y.Doc,
  args: AddStageDeliverableArgs,
  origin: TransactionOrigin,
): string {
  const stage = requireLiveItem(doc, STAGE_ITEMS, args.stageId)
  const text = requireText(args.text, 'deliverable', MAX_FIELD_LENGTH, { nonEmpty: true })
  if (args.index !== undefined) requireIndex(args.index)
  const id = newId()
  doc.transact(() => {
    const order = stageItemOrder(stage.entity, StageKeys.deliverables, args.index)
    stageItemsOf(stage.entity, StageKeys.deliverables).set(id, createDeliverableEntity({ order, text }))
  }, origin)
  return id
}
