import { compareVotes, type Vote } from './ballot.ts'
import type { Round } from './round.ts'

export type DropReason = 'ineligible' | 'cap' | 'budget'

export interface CountedBallot {
  accepted: Vote[]
  dropped: Array<{ vote: Vote; reason: DropReason }>
}

/**
 * Which of one voter's dots count: taken in their stable order (cast time, then id), a dot on a
 * note outside the round is dropped, then any past the per-note cap, then any past the budget.
 * The same dots always give the same answer, however and however often they arrived.
 */
export function countBallot(
  votes: readonly Vote[],
  rules: Pick<Round, 'budget' | 'capPerNote'>,
  isEligible: (noteId: string) => boolean,
): CountedBallot {
  const result: CountedBallot = { accepted: [], dropped: [] }
  const perNote = new Map<string, number>()
  for (const vote of [...votes].sort(compareVotes)) {
    const onNote = perNote.get(vote.noteId) ?? 0
    const reason: DropReason | null = !isEligible(vote.noteId)
      ? 'ineligible'
      : onNote >= rules.capPerNote
        ? 'cap'
        : result.accepted.length >= rules.budget
          ? 'budget'
          : null
    if (reason) {
      result.dropped.push({ vote, reason })
      continue
    }
    perNote.set(vote.noteId, onNote + 1)
    result.accepted.push(vote)
  }
  return result
}

/** One voter's counted dots, as the server keeps them. */
export interface AcceptedBallot {
  participant: string
  name: string
  noteIds: string[]
}

/** Published per round in the control room. Counts are null until they may be shown. */
export interface RoundResult {
  voters: number
  votesCast: number
  counts: Record<string, number> | null
  /** Who gave how many dots to each note; only for attributed rounds. */
  attribution: Record<string, Array<{ name: string; count: number }>> | null
  /** The round is closed and these are its final numbers. */
  final: boolean
}

export function tallyBallots(
  ballots: readonly AcceptedBallot[],
  options: { showCounts: boolean; attributed: boolean; final: boolean },
): RoundResult {
  const counts: Record<string, number> = {}
  const attribution: Record<string, Array<{ name: string; count: number }>> = {}
  let voters = 0
  let votesCast = 0
  const ordered = [...ballots].sort((a, b) => (a.participant < b.participant ? -1 : 1))
  for (const ballot of ordered) {
    if (ballot.noteIds.length === 0) continue
    voters++
    votesCast += ballot.noteIds.length
    const mine = new Map<string, number>()
    for (const noteId of ballot.noteIds) mine.set(noteId, (mine.get(noteId) ?? 0) + 1)
    for (const [noteId, count] of mine) {
      counts[noteId] = (counts[noteId] ?? 0) + count
      const givers = attribution[noteId] ?? []
      givers.push({ name: ballot.name, count })
      attribution[noteId] = givers
    }
  }
  return {
    voters,
    votesCast,
    counts: options.showCounts ? counts : null,
    attribution: options.showCounts && options.attributed ? attribution : null,
    final: options.final,
  }
}

export interface RankedNote {
  noteId: string
  votes: number
  rank: number
}

/** Notes by votes, most first; ties share a rank and keep the given order (e.g. board order). */
export function rankNotes(counts: Record<string, number>, boardOrder: readonly string[]): RankedNote[] {
  const position = new Map(boardOrder.map((id, index) => [id, index]))
  const rows = Object.entries(counts)
    .filter(([, votes]) => votes > 0)
    .map(([noteId, votes]) => ({ noteId, votes }))
    .sort(
      (a, b) =>
        b.votes - a.votes ||
        (position.get(a.noteId) ?? Number.MAX_SAFE_INTEGER) -
          (position.get(b.noteId) ?? Number.MAX_SAFE_INTEGER) ||
        (a.noteId < b.noteId ? -1 : 1),
    )
  let rank = 0
  let previous = Number.NaN
  return rows.map((row, index) => {
    if (row.votes !== previous) rank = index + 1
    previous = row.votes
    return { ...row, rank }
  })
}
