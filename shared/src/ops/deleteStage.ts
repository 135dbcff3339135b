import type * as Y from 'yjs'
import { notesOf } from '../schema/root.ts'
import { planDelete, STAGE_ITEMS, writeTombstone } from './mapItems.ts'
import { cellNotes } from './noteCell.ts'
import type { TransactionOrigin } from './origin.ts'

export interface DeleteStageArgs {
  stageId: string
  now: number
  /** The live stage of the same map whose column shows this stage's notes; the previous one by default. */
  redirectTo?: string
  /** Delete the notes now in the stage too. A note added concurrently elsewhere is still redirected, never lost. */
  deleteNotes?: boolean
}

/**
 * Deletes a stage by tombstone (schema/tombstone.ts): its notes, including any a replica adds
 * to it while this delete is in flight, show in the redirect target until the stage is restored.
 * Returns the redirect target.
 */
export function deleteStage(doc: Y.Doc, args: DeleteStageArgs, origin: TransactionOrigin): string {
  const plan = planDelete(doc, STAGE_ITEMS, args.stageId, args.redirectTo)
  doc.transact(() => {
    if (args.deleteNotes) {
      for (const note of cellNotes(doc, (placed) => placed.stageId === args.stageId))
        notesOf(doc).delete(note.id)
    }
    writeTombstone(plan, args.now)
  }, origin)
  return plan.redirectTo
}
