import type * as Y from 'yjs'
import { notesOf } from '../schema/root.ts'
import { requireNote } from './noteCell.ts'
import type { TransactionOrigin } from './origin.ts'

export function deleteNote(doc: Y.Doc, args: { noteId: string }, origin: TransactionOrigin): void {
  requireNote(doc, args.noteId)
  doc.transact(() => notesOf(doc).delete(args.noteId), origin)
}
