import { type Lane, laneLabel, type Stage } from '@jm/shared'
import { locale, t } from '../i18n/i18n.ts'
import type { BoardContextValue } from './BoardContext.tsx'
import { STEP } from './gridNavigation.ts'
import { MOVE_MESSAGES } from './moveMessages.ts'

/** The grid as it is shown: the map's stages and lanes, in order. */
export interface GridView {
  stages: readonly Stage[]
  lanes: readonly Lane[]
}

/** The cell and place a note goes to, in the model's terms (the index among the other notes). */
interface Target {
  stage: Stage
  lane: Lane
  index: number
}

/**
 * Where Alt+arrow takes a note. Up and down first reorder it inside its cell, and from the cell's
 * first or last place cross into the lane above (to its end) or below (to its start); left and
 * right take it to the neighbouring stage at the same place, as far as that cell has notes.
 */
function targetOf(board: BoardContextValue, noteId: string, key: string, view: GridView): Target | null {
  const { stages, lanes } = view
  const step = STEP[key]
  const note = board.board.notes.find((candidate) => candidate.id === noteId)
  const column = stages.findIndex((stage) => stage.id === note?.stageId)
  const row = lanes.findIndex((lane) => lane.id === note?.laneId)
  const stage = stages[column]
  const lane = lanes[row]
  if (!step || !stage || !lane) return null
  const [dx, dy] = step
  const here = board.notesIn(stage.id, lane.id)
  const index = here.findIndex((candidate) => candidate.id === noteId)
  const within = index + dy
  if (dy !== 0 && within >= 0 && within < here.length) return { stage, lane, index: within }
  const toStage = stages[column + dx]
  const toLane = lanes[row + dy]
  if (!toStage || !toLane) return null
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
  view: GridView,
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
