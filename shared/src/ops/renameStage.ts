import type * as Y from 'yjs'
import type { TransactionOrigin } from './origin.ts'
import { setStageFields } from './setStageFields.ts'

export function renameStage(
  doc: Y.Doc,
  args: { stageId: string; name: string },
  origin: TransactionOrigin,
): void {
  setStageFields(doc, { stageId: args.stageId, name: args.name }, origin)
}
