import type * as Y from 'yjs'
import { orderKeyAt } from '../order/orderKey.ts'
import { NoteKeys } from '../schema/note.ts'
import { cellSiblings, requireCell, requireNote } from './noteCell.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireIndex } from './validate.ts'

export interface MoveNoteArgs {
  noteId: string
  stageId: string
  laneId: string
  index: number
  now: number
}

/** A move is three field writes on the note, so a concurrent move or delete never duplicates it. */
export function moveNote(doc: Y.Doc, args: MoveNoteArgs, origin: TransactionOrigin): void {
  const note = requireNote(doc, args.noteId)
  requireCell(doc, args.stageId, args.laneId)
  requireIndex(args.index)
  doc.transact((transaction) => {
    const siblings = cellSiblings(doc, transaction, args.stageId, args.laneId, args.noteId)
    note.set(NoteKeys.stageId, args.stageId)
    note.set(NoteKeys.laneId, args.laneId)
    note.set(NoteKeys.order, orderKeyAt(siblings, args.index))
    note.set(NoteKeys.updatedAt, args.now)
  }, origin)
}
