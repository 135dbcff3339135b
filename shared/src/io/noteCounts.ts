import type * as Y from 'yjs'
import { readRoundResult } from '../facilitation/results.ts'
import { readRounds } from '../facilitation/round.ts'
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

/**
 * Votes per note as the server published them in a board's control room (`<board>.control`),
 * summed over every round. A hidden round publishes no counts before its reveal, so an export never
 * shows what the room does not show everyone. @public
 */
export function publishedVotes(control: Y.Doc): Map<string, number> {
  const votes = new Map<string, number>()
  for (const round of readRounds(control)) {
    const counts = readRoundResult(control, round.id)?.counts
    for (const [noteId, count] of Object.entries(counts ?? {}))
      votes.set(noteId, (votes.get(noteId) ?? 0) + count)
  }
  return votes
}
