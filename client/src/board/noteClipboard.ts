import { type Note, noteContentOf, notesFromCopiedJson, notesFromPastedText, sortOrdered } from '@jm/shared'
import { onCleanup } from 'solid-js'
import type { BoardContextValue } from './BoardContext.tsx'
import { CELL_SELECTOR, NOTE_SELECTOR } from './gridNavigation.ts'

/** Our own clipboard format, beside plain text: the notes' colour, tags and emotion survive. */
const NOTES_TYPE = 'web application/x-jm-notes+json'
const TEXT_FIELD = 'textarea, input, select, [contenteditable]'

const inTextField = (target: EventTarget | null) => target instanceof Element && !!target.closest(TEXT_FIELD)

/**
 * Copy, cut and paste of notes, within a board and across boards (and tabs): Ctrl/⌘+C and X take
 * the selected notes as plain text (one line each, for documents and spreadsheets) and as our own
 * format; Ctrl/⌘+V puts notes after the focused note or at the end of the focused cell: ours as
 * they were, plain text one note per line, a spreadsheet's table one note per cell. Ctrl/⌘+D
 * duplicates the selection in place. Text fields keep their own copy and paste.
 */
export function bindNoteClipboard(board: BoardContextValue, grid: HTMLElement): void {
  const selectedNotes = (): Note[] => {
    const selected = board.selection.selected()
    return sortOrdered(board.plainNotes().filter((note) => selected.has(note.id)))
  }
  const onCopy = (event: ClipboardEvent, cut: boolean) => {
    if (inTextField(event.target) || !event.clipboardData) return
    const notes = selectedNotes()
    if (notes.length === 0) return
    event.preventDefault()
    event.clipboardData.setData(
      'text/plain',
      notes.map((note) => note.text.replace(/\s*\n\s*/g, ' ')).join('\n'),
    )
    event.clipboardData.setData(NOTES_TYPE, JSON.stringify(notes.map(noteContentOf)))
    if (cut) board.actions.deleteNotes(notes.map((note) => note.id))
  }
  /** The cell a paste lands in and the place in it: after the focused note, or the cell's end. */
  const pastePlace = () => {
    const active = document.activeElement
    const cell =
      active instanceof HTMLElement && grid.contains(active)
        ? active.closest<HTMLElement>(CELL_SELECTOR)
        : null
    if (!cell) return null
    const stageId = cell.dataset.stageId ?? ''
    const laneId = cell.dataset.laneId ?? ''
    const notes = board.notesIn(stageId, laneId)
    const focusedNote = active?.closest<HTMLElement>(NOTE_SELECTOR)?.dataset.noteId
    const after = notes.findIndex((note) => note.id === focusedNote)
    return { stageId, laneId, index: after === -1 ? notes.length : after + 1 }
  }
  const onPaste = (event: ClipboardEvent) => {
    if (inTextField(event.target) || !event.clipboardData || !board.canEdit()) return
    const place = pastePlace()
    if (!place) return
    const ours = event.clipboardData.getData(NOTES_TYPE)
    const notes = ours
      ? notesFromCopiedJson(ours)
      : notesFromPastedText(event.clipboardData.getData('text/plain'))
    if (notes.length === 0) return
    event.preventDefault()
    const ids = board.actions.pasteNotes(place.stageId, place.laneId, place.index, notes)
    board.selection.selectOnly(ids)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'd' || inTextField(event.target))
      return
    const notes = selectedNotes()
    if (notes.length === 0 || !board.canEdit()) return
    event.preventDefault()
    const last = notes[notes.length - 1] as Note
    const index = board.notesIn(last.stageId, last.laneId).findIndex((note) => note.id === last.id) + 1
    const ids = board.actions.pasteNotes(last.stageId, last.laneId, index, notes.map(noteContentOf))
    board.selection.selectOnly(ids)
  }
  const copy = (event: ClipboardEvent) => onCopy(event, false)
  const cut = (event: ClipboardEvent) => onCopy(event, true)
  document.addEventListener('copy', copy)
  document.addEventListener('cut', cut)
  document.addEventListener('paste', onPaste)
  grid.addEventListener('keydown', onKeyDown)
  onCleanup(() => {
    document.removeEventListener('copy', copy)
    document.removeEventListener('cut', cut)
    document.removeEventListener('paste', onPaste)
    grid.removeEventListener('keydown', onKeyDown)
  })
}
