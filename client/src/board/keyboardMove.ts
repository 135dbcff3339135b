import { type Lane, laneLabel, type Stage } from '@jm/shared'
import { locale, t } from '../i18n/i18n.ts'
import type { BoardContextValue } from './BoardContext.tsx'
import { STEP } from './gridNavigation.ts'
import { MOVE_MESSAGES } from './moveMessages.ts'

/** One cell as a view shows it. */
export interface ViewCell {
  stage: Stage
  lane: Lane
}

/**
 * The cells as a view lays them out, row by row, `columns` to a row: the grid's lanes x stages, or
 * an empathy map's quadrants of one stage. Alt+arrows step through this layout.
 */
export interface CellLayout {
  cells: readonly ViewCell[]
  columns: number
}

/** The cell and place a note goes to, in the model's terms (the index among the other notes). */
interface Target {
  stage: Stage
  lane: Lane
  index: number
}

/**
 * Where Alt+arrow takes a note. Up and down first reorder it inside its cell, and from the cell's
 * first or last place cross into the cell above (to its end) or below (to its start); left and
 * right take it to the neighbouring cell at the same place, as far as that cell has notes.
 */
function targetOf(board: BoardContextValue, noteId: string, key: string, view: CellLayout): Target | null {
  const { cells, columns } = view
  const step = STEP[key]
  const note = board.board.notes.find((candidate) => candidate.id === noteId)
  const position = cells.findIndex((cell) => cell.stage.id === note?.stageId && cell.lane.id === note?.laneId)
  const current = cells[position]
  if (!step || !current) return null
  const { stage, lane } = current
  const [dx, dy] = step
  const here = board.notesIn(stage.id, lane.id)
  const index = here.findIndex((candidate) => candidate.id === noteId)
  const within = index + dy
  if (dy !== 0 && within >= 0 && within < here.length) return { stage, lane, index: within }
  const column = (position % columns) + dx
  const next = column >= 0 && column < columns ? cells[position + dx + dy * columns] : undefined
  if (!next) return null
  const { stage: toStage, lane: toLane } = next
  // Another cell: the note is not among its notes yet.
  const there = board.notesIn(toStage.id, toLane.id).length
  return { stage: toStage, lane: toLane, index: dy < 0 ? there : dy > 0 ? 0 : Math.min(index, there) }
}

/**
 * Moves the note one step with the board's move action (the shared moveNote operation, one undo
 * step) and tells what to announce once the grid shows it: where it is now, or that it could not
 * go there.
 */
export async function moveNoteByKey(
  board: BoardContextValue,
  noteId: string,
  key: string,
  view: CellLayout,
): Promise<string> {
  const target = targetOf(board, noteId, key, view)
  const texts = t(MOVE_MESSAGES)
  if (!target) return texts.cannotMove
  board.actions.moveNotes([noteId], target.stage.id, target.lane.id, target.index)
  // The board store takes a transaction in on the next microtask (createBoardStore): read it after.
  await Promise.resolve()
  const cell = board.notesIn(target.stage.id, target.lane.id)
  const position = cell.findIndex((note) => note.id === noteId)
  // A facilitator's lane lock can refuse the move: then it stayed where it was.
  if (position === -1) return texts.cannotMove
  return texts.moved(`${target.stage.name} · ${laneLabel(target.lane, locale())}`, position + 1, cell.length)
}
