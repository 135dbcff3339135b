import type * as Y from 'yjs'
import { MAX_FIELD_LENGTH, MAX_NAME_LENGTH } from '../limits.ts'
import { STAGE_TEXT_FIELDS, type StageTextField } from '../schema/stage.ts'
import { requireLiveItem, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireText } from './validate.ts'

/** Any subset of a stage's text fields; fields left out are not touched. */
export type SetStageFieldsArgs = { stageId: string } & Partial<Record<StageTextField, string>>

/** Each field is its own key, so two people editing different fields of one stage both win. */
export function setStageFields(doc: Y.Doc, args: SetStageFieldsArgs, origin: TransactionOrigin): void {
  const stage = requireLiveItem(doc, STAGE_ITEMS, args.stageId)
  const changes: Array<[StageTextField, string]> = []
  for (const field of STAGE_TEXT_FIELDS) {
    const value = args[field]
    if (value === undefined) continue
    const isName = field === 'name'
    changes.push([
      field,
      requireText(value, `stage ${field}`, isName ? MAX_NAME_LENGTH : MAX_FIELD_LENGTH, { nonEmpty: isName }),
    ])
  }
  doc.transact(() => {
    for (const [field, value] of changes) stage.entity.set(field, value)
  }, origin)
}
