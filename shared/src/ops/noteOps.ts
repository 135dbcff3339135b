import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { orderKeyAt, sortOrdered } from '../order/orderKey.ts'
import {
  createNoteEntity,
  EMOTION_MAX,
  EMOTION_MIN,
  NOTE_COLORS,
  type NoteColor,
  NoteKeys,
  noteTextOf,
  readNote,
} from '../schema/note.ts'
import { entityIn, entriesOf, lanesOf, notesOf, stagesOf } from '../schema/root.ts'
import { OpError, requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

export const MAX_NOTE_TEXT = 10_000

function requireCell(doc: Y.Doc, stageId: string, laneId: string): void {
  requireEntity(entityIn(stagesOf(doc), stageId), 'stage', stageId)
  requireEntity(entityIn(lanesOf(doc), laneId), 'lane', laneId)
}

function requireNote(doc: Y.Doc, noteId: string): Y.Map<unknown> {
  return requireEntity(entityIn(notesOf(doc), noteId), 'note', noteId)
}

/** Sibling notes of a cell in display order, optionally without one note. */
function cellSiblings(doc: Y.Doc, stageId: string, laneId: string, except?: string) {
  return sortOrdered(
    entriesOf(notesOf(doc))
      .filter(([id]) => id !== except)
      .map(([id, map]) => readNote(id, map))
      .filter((note) => note.stageId === stageId && note.laneId === laneId),
  )
}

export interface AddNoteArgs {
  stageId: string
  laneId: string
  author: string
  now: number
  text?: string
  color?: NoteColor
  /** Position within the cell; the end when omitted. */
  index?: number
  id?: string
}

export function addNote(doc: Y.Doc, args: AddNoteArgs, origin: TransactionOrigin): string {
  requireCell(doc, args.stageId, args.laneId)
  const text = args.text ?? ''
  if (text.length > MAX_NOTE_TEXT)
    throw new OpError('invalid', `note text is over ${MAX_NOTE_TEXT} characters`)
  if (args.color && !NOTE_COLORS.includes(args.color))
    throw new OpError('invalid', `unknown colour ${args.color}`)
  const id = args.id ?? newId()
  if (notesOf(doc).has(id)) throw new OpError('invalid', `note ${id} already exists`)
  doc.transact(() => {
    const siblings = cellSiblings(doc, args.stageId, args.laneId)
    const order = orderKeyAt(siblings, args.index ?? siblings.length)
    notesOf(doc).set(
      id,
      createNoteEntity({
        id,
        stageId: args.stageId,
        laneId: args.laneId,
        order,
        text,
        color: args.color ?? 'yellow',
        author: args.author,
        tags: [],
        emotion: null,
        createdAt: args.now,
        updatedAt: args.now,
      }),
    )
  }, origin)
  return id
}

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
  doc.transact(() => {
    const siblings = cellSiblings(doc, args.stageId, args.laneId, args.noteId)
    note.set(NoteKeys.stageId, args.stageId)
    note.set(NoteKeys.laneId, args.laneId)
    note.set(NoteKeys.order, orderKeyAt(siblings, args.index))
    note.set(NoteKeys.updatedAt, args.now)
  }, origin)
}

export function deleteNote(doc: Y.Doc, args: { noteId: string }, origin: TransactionOrigin): void {
  requireNote(doc, args.noteId)
  doc.transact(() => notesOf(doc).delete(args.noteId), origin)
}

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
  if (args.index < 0 || args.deleteCount < 0 || args.index + args.deleteCount > text.length) {
    throw new OpError('invalid', 'edit range is outside the note text')
  }
  if (text.length - args.deleteCount + args.insert.length > MAX_NOTE_TEXT) {
    throw new OpError('invalid', `note text is over ${MAX_NOTE_TEXT} characters`)
  }
  doc.transact(() => {
    if (args.deleteCount > 0) text.delete(args.index, args.deleteCount)
    if (args.insert) text.insert(args.index, args.insert)
    note.set(NoteKeys.updatedAt, args.now)
  }, origin)
}

export interface SetNoteFieldsArgs {
  noteId: string
  now: number
  color?: NoteColor
  tags?: string[]
  emotion?: number | null
}

export function setNoteFields(doc: Y.Doc, args: SetNoteFieldsArgs, origin: TransactionOrigin): void {
  const note = requireNote(doc, args.noteId)
  if (args.color !== undefined && !NOTE_COLORS.includes(args.color))
    throw new OpError('invalid', `unknown colour ${args.color}`)
  if (
    args.emotion != null &&
    (!Number.isInteger(args.emotion) || args.emotion < EMOTION_MIN || args.emotion > EMOTION_MAX)
  ) {
    throw new OpError('invalid', `emotion must be an integer from ${EMOTION_MIN} to ${EMOTION_MAX}`)
  }
  doc.transact(() => {
    if (args.color !== undefined) note.set(NoteKeys.color, args.color)
    if (args.tags !== undefined)
      note.set(NoteKeys.tags, [...new Set(args.tags.map((tag) => tag.trim()).filter(Boolean))])
    if (args.emotion === null) note.delete(NoteKeys.emotion)
    else if (args.emotion !== undefined) note.set(NoteKeys.emotion, args.emotion)
    note.set(NoteKeys.updatedAt, args.now)
  }, origin)
}
