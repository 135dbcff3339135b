import type * as Y from 'yjs'
import { notesOf } from '../schema/root.ts'
import { LANE_ITEMS, planDelete, writeTombstone } from './mapItems.ts'
import { cellNotes } from './noteCell.ts'
import type { TransactionOrigin } from './origin.ts'

export interface DeleteLaneArgs {
  laneId: string
  now: number
  /** The live lane of the same map whose row shows this lane's notes; the previous one by default. */
  redirectTo?: string
  /** Delete the notes now in the lane too. A note added concurrently elsewhere is still redirected, never lost. */
  deleteNotes?: boolean
}

/** Deletes a lane by tombstone, like `deleteStage`. Returns the redirect target. */
export function deleteLane(doc: Y.Doc, args: DeleteLaneArgs, origin: TransactionOrigin): string {
  const plan = planDelete(doc, LANE_ITEMS, args.laneId, args.redirectTo)
  doc.transact(() => {
    if (args.deleteNotes) {
      for (const note of cellNotes(doc, (placed) => placed.laneId === args.laneId))
        notesOf(doc).delete(note.id)
    }
    writeTombstone(plan, args.now)
  }, origin)
  return plan.redirectTo
}
