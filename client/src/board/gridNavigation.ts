/**
 * Keyboard movement across the grid, read from the DOM the grid rendered: cells carry
 * data-stage-id/data-lane-id in row-major order and notes sit inside their cell in display order.
 */

export const CELL_SELECTOR = '[data-cell]'
export const NOTE_SELECTOR = '[data-note-id]'

/** Each arrow key as a step of [stages, lanes]. */
export const STEP: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
}

export function isArrowKey(key: string): boolean {
  return key in STEP
}

function notesIn(cell: HTMLElement): HTMLElement[] {
  return [...cell.querySelectorAll<HTMLElement>(NOTE_SELECTOR)]
}

/**
 * The element to focus after an arrow key on `from` (a note or a cell). Up/down walk the notes of a
 * cell and continue into the cell above/below; left/right jump to the same place in the next stage.
 */
export function arrowTarget(
  grid: HTMLElement,
  from: HTMLElement,
  key: string,
  columns: number,
): HTMLElement | null {
  const step = STEP[key]
  if (!step) return null
  const [dx, dy] = step
  const cell = from.closest<HTMLElement>(CELL_SELECTOR)
  if (!cell) return null
  const cells = [...grid.querySelectorAll<HTMLElement>(CELL_SELECTOR)]
  const position = cells.indexOf(cell)
  const notes = notesIn(cell)
  const noteIndex = from === cell ? -1 : notes.indexOf(from)
  if (dy !== 0 && from !== cell) {
    const next = notes[noteIndex + dy]
    if (next) return next
  }
  if (dy === 1 && from === cell && notes[0]) return notes[0]
  const column = position % columns
  const row = Math.floor(position / columns)
  const targetColumn = column + dx
  if (targetColumn < 0 || targetColumn >= columns) return null
  const target = cells[(row + dy) * columns + targetColumn]
  if (!target || row + dy < 0) return null
  const targetNotes = notesIn(target)
  if (targetNotes.length === 0) return target
  if (dy === -1) return targetNotes[targetNotes.length - 1] ?? target
  if (dy === 1) return targetNotes[0] ?? target
  return targetNotes[Math.min(Math.max(noteIndex, 0), targetNotes.length - 1)] ?? target
}

/**
 * These notes in the order the board shows them (row by row, down each cell), which is how a group
 * moved into one cell lines up; any not rendered (past a cell's window) go last.
 */
export function inDisplayOrder(ids: ReadonlySet<string>): string[] {
  const shown = [...document.querySelectorAll<HTMLElement>(NOTE_SELECTOR)]
    .map((card) => card.dataset.noteId ?? '')
    .filter((id) => ids.has(id))
  const rendered = new Set(shown)
  return [...shown, ...[...ids].filter((id) => !rendered.has(id))]
}

/** Where a drop at `clientY` lands among the cell's notes (the dragged ones left out). */
export function dropIndex(cell: HTMLElement, clientY: number, dragged: ReadonlySet<string>): number {
  const cards = notesIn(cell).filter((card) => !dragged.has(card.dataset.noteId ?? ''))
  const after = cards.findIndex((card) => {
    const box = card.getBoundingClientRect()
    return clientY < box.top + box.height / 2
  })
  return after === -1 ? cards.length : after
}

/** The vertical offset inside the cell (unscaled CSS pixels) at which to draw the drop line. */
export function dropLineOffset(
  cell: HTMLElement,
  index: number,
  dragged: ReadonlySet<string>,
  scale: number,
): number {
  const cards = notesIn(cell).filter((card) => !dragged.has(card.dataset.noteId ?? ''))
  const top = cell.getBoundingClientRect().top
  const gap = 4
  const card = cards[index]
  if (card) return (card.getBoundingClientRect().top - top) / scale - gap
  const last = cards[cards.length - 1]
  return last ? (last.getBoundingClientRect().bottom - top) / scale + gap : 8
}
