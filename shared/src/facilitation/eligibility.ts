import type { BoardView } from '../schema/readBoard.ts'
import type { Round } from './round.ts'

/** Lanes a round counts: the ones chosen, or by default every pain-point lane. */
export function eligibleLaneIds(round: Pick<Round, 'laneIds'>, board: Pick<BoardView, 'lanes'>): Set<string> {
  if (round.laneIds.length > 0) return new Set(round.laneIds)
  return new Set(board.lanes.filter((lane) => lane.kind === 'painPoints').map((lane) => lane.id))
}

/** The notes that may receive dots in this round, as the board is now. */
export function eligibleNoteIds(
  round: Pick<Round, 'laneIds' | 'stageIds'>,
  board: Pick<BoardView, 'lanes' | 'notes'>,
): Set<string> {
  const lanes = eligibleLaneIds(round, board)
  const stages = round.stageIds.length > 0 ? new Set(round.stageIds) : null
  return new Set(
    board.notes
      .filter((note) => lanes.has(note.laneId) && (!stages || stages.has(note.stageId)))
      .map((note) => note.id),
  )
}
