import type { BoardView } from '../schema/readBoard.ts'

/**
 * Votes per note id. They live outside the board's content room (the server tallies ballots into
 * `<board>.control`), so the caller supplies them; a note with no entry has 0. @public
 */
export type NoteVotes = ReadonlyMap<string, number>

export const NO_VOTES: NoteVotes = new Map()

export const votesOf = (votes: NoteVotes, noteId: string): number => votes.get(noteId) ?? 0

/** Comments on each note, replies included, deleted ones not. */
export function commentCounts(board: BoardView): Map<string, number> {
  const counts = new Map<string, number>()
  for (const comment of board.comments) {
    if (comment.targetKind === 'note' && !comment.deleted)
      counts.set(comment.targetId, (counts.get(comment.targetId) ?? 0) + 1)
  }
  return counts
}
