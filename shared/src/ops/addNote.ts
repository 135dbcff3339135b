import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_NOTE_TEXT } from '../limits.ts'
import { orderKeyAt } from '../order/orderKey.ts'
import { createNoteEntity, NOTE_COLORS, type NoteColor } from '../schema/note.ts'
import { notesOf } from '../schema/root.ts'
import { cellSiblings, requireCell } from './noteCell.ts'
import type { TransactionOrigin } from './origin.ts'
import { requirePersonaOrNone } from './personaRef.ts'
import { requireIndex, requireNewId, requireOneOf, requireText } from './validate.ts'

export interface AddNoteArgs {
  stageId: string
  laneId: string
  author: string
  now: number
  text?: string
  color?: NoteColor
  personaId?: string
  /** Position within the cell; the end when omitted. */
  index?: number
  id?: string
}

export function addNote(doc: Y.Doc, args: AddNoteArgs, origin: TransactionOrigin): string {
  requireCell(doc, args.stageId, args.laneId)
  const text = requireText(args.text ?? '', 'note text', MAX_NOTE_TEXT)
  const color = requireOneOf(args.color ?? 'yellow', 'colour', NOTE_COLORS)
  const personaId = requirePersonaOrNone(doc, args.personaId ?? '')
  if (args.index !== undefined) requireIndex(args.index)
  const id = args.id === undefined ? newId() : requireNewId(args.id, notesOf(doc).has(args.id), 'note')
  doc.transact((transaction) => {
    const siblings = cellSiblings(doc, transaction, args.stageId, args.laneId)
    notesOf(doc).set(
      id,
      createNoteEntity({
        id,
        stageId: args.stageId,
        laneId: args.laneId,
        order: orderKeyAt(siblings, args.index ?? siblings.length),
        text,
        color,
        author: args.author,
        tags: [],
        emotion: null,
        personaId,
        createdAt: args.now,
        updatedAt: args.now,
      }),
    )
  }, origin)
  return id
}
