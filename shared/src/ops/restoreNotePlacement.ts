import type * as Y from 'yjs'
import { NoteKeys, type NotePlacement } from '../schema/note.ts'
import { requireNote } from './noteCell.ts'
import type { TransactionOrigin } from './origin.ts'

/**
 * Puts a note exactly where a placement read earlier says (stage, lane and order key), e.g. back
 * where it was before a move the server refused; unlike moveNote it keeps the old order key.
 */
export function restoreNotePlacement(doc: Y.Doc, placement: NotePlacement, origin: TransactionOrigin): void {
  const note = requireNote(doc, placement.id)
  doc.transact(() => {
    note.set(NoteKeys.stageId, placement.stageId)
    note.set(NoteKeys.laneId, placement.laneId)
    note.set(NoteKeys.order, placement.order)
  }, origin)
}
