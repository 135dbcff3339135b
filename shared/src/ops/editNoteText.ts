import type * as Y from 'yjs'
import { MAX_NOTE_TEXT } from '../limits.ts'
import { NoteKeys, noteTextOf } from '../schema/note.ts'
import { requireNote } from './noteCell.ts'
import { OpError, requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

export interface EditNoteTextArgs {
  noteId: string
  index: number
  deleteCount: number
  insert: string
  now: number
}

/** A character-level edit, so two people typing in one note merge by character. */
export function editNoteText(doc: Y.Doc, args: EditNoteTextArgs, origin: TransactionOrigin): void {
  const note = requireNote(doc, args.noteId)
  const text = requireEntity(noteTextOf(note), 'text of note', args.noteId)
  if (
    !Number.isInteger(args.index) ||
    !Number.isInteger(args.deleteCount) ||
    args.index < 0 ||
    args.deleteCount < 0 ||
    args.index + args.deleteCount > text.length
  ) {
    throw new OpError('invalid', 'edit range is outside the note text')
  }
  if (typeof args.insert !== 'string') throw new OpError('invalid', 'inserted text must be text')
  if (text.length - args.deleteCount + args.insert.length > MAX_NOTE_TEXT) {
    throw new OpError('invalid', `note text is over ${MAX_NOTE_TEXT} characters`)
  }
  doc.transact(() => {
    if (args.deleteCount > 0) text.delete(args.index, args.deleteCount)
    if (args.insert) text.insert(args.index, args.insert)
    note.set(NoteKeys.updatedAt, args.now)
  }, origin)
}
