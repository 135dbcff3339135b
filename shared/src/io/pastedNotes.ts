import { MAX_NOTE_TEXT } from '../limits.ts'
import { NOTE_COLORS, type Note, type NoteColor } from '../schema/note.ts'

/** What a copied or pasted note carries; where it lands is the paste's business. */
export interface NoteContent {
  text: string
  color?: NoteColor
  tags?: string[]
  emotion?: number | null
}

/** At most this many notes from one paste: a whole spreadsheet pasted by mistake stays undoable. */
export const MAX_PASTED_NOTES = 200

/**
 * Notes from pasted plain text: one per line, and one per cell of a table copied from a
 * spreadsheet (tab-separated), row by row; empty lines and cells are skipped.
 */
export function notesFromPastedText(text: string): NoteContent[] {
  return text
    .split(/\r\n|\r|\n/)
    .flatMap((line) => line.split('\t'))
    .map((cell) => cell.trim())
    .filter(Boolean)
    .slice(0, MAX_PASTED_NOTES)
    .map((cell) => ({ text: cell.slice(0, MAX_NOTE_TEXT) }))
}

/** The content of notes, to copy; `text` keeps its line breaks. */
export const noteContentOf = (note: Note): NoteContent => ({
  text: note.text,
  color: note.color,
  tags: [...note.tags],
  emotion: note.emotion,
})

/**
 * Reads notes copied from a board (JSON written by `noteContentOf`), defensively: anything that
 * is not a note's content is dropped, so a crafted clipboard can only yield plain notes.
 */
export function notesFromCopiedJson(json: string): NoteContent[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  return parsed.slice(0, MAX_PASTED_NOTES).flatMap((item: unknown): NoteContent[] => {
    if (typeof item !== 'object' || item === null) return []
    const { text, color, tags, emotion } = item as Record<string, unknown>
    if (typeof text !== 'string') return []
    return [
      {
        text: text.slice(0, MAX_NOTE_TEXT),
        color: NOTE_COLORS.find((known) => known === color),
        tags: Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [],
        emotion: typeof emotion === 'number' && Number.isInteger(emotion) ? emotion : null,
      },
    ]
  })
}
