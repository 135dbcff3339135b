import type * as Y from 'yjs'
import { MAX_NOTE_TAGS, MAX_TAG_LENGTH } from '../limits.ts'
import { EMOTION_MAX, EMOTION_MIN, NOTE_COLORS, type NoteColor, NoteKeys } from '../schema/note.ts'
import { requireNote } from './noteCell.ts'
import { OpError } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requirePersonaOrNone } from './personaRef.ts'
import { requireOneOf, requireText } from './validate.ts'

export interface SetNoteFieldsArgs {
  noteId: string
  now: number
  color?: NoteColor
  tags?: string[]
  emotion?: number | null
  /** A persona id, or '' for the map's own persona. */
  personaId?: string
}

export function setNoteFields(doc: Y.Doc, args: SetNoteFieldsArgs, origin: TransactionOrigin): void {
  const note = requireNote(doc, args.noteId)
  if (args.color !== undefined) requireOneOf(args.color, 'colour', NOTE_COLORS)
  if (
    args.emotion != null &&
    (!Number.isInteger(args.emotion) || args.emotion < EMOTION_MIN || args.emotion > EMOTION_MAX)
  ) {
    throw new OpError('invalid', `emotion must be an integer from ${EMOTION_MIN} to ${EMOTION_MAX}`)
  }
  const tags = args.tags === undefined ? undefined : cleanTags(args.tags)
  if (args.personaId !== undefined) requirePersonaOrNone(doc, args.personaId)
  doc.transact(() => {
    if (args.color !== undefined) note.set(NoteKeys.color, args.color)
    if (tags !== undefined) note.set(NoteKeys.tags, tags)
    if (args.emotion === null) note.delete(NoteKeys.emotion)
    else if (args.emotion !== undefined) note.set(NoteKeys.emotion, args.emotion)
    if (args.personaId !== undefined) note.set(NoteKeys.personaId, args.personaId)
    note.set(NoteKeys.updatedAt, args.now)
  }, origin)
}

function cleanTags(tags: unknown): string[] {
  if (!Array.isArray(tags)) throw new OpError('invalid', 'tags must be a list of text')
  const cleaned = [
    ...new Set(tags.map((tag) => requireText(tag, 'tag', MAX_TAG_LENGTH).trim()).filter(Boolean)),
  ]
  if (cleaned.length > MAX_NOTE_TAGS) throw new OpError('invalid', `a note has at most ${MAX_NOTE_TAGS} tags`)
  return cleaned
}
