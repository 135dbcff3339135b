import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { OpError } from '../ops/OpError.ts'
import type { TransactionOrigin } from '../ops/origin.ts'
import { finiteOr, readRecord } from './controlDoc.ts'

/**
 * A participant's ballot room (`<board>.ballot.<participant>`): only that participant and the
 * server read it. Each dot is its own entry in a flat map keyed by a random vote id, so two
 * devices of one person voting offline merge without losing a dot (a nested map per round would
 * be created twice and one copy would win). The server writes `late` when dots arrived after
 * their round closed, so the voter is told plainly that they were not counted.
 */
export const BALLOT_ROOT = { votes: 'votes', late: 'late' } as const

export interface Vote {
  id: string
  roundId: string
  noteId: string
  /** The voter's clock when cast; only orders this voter's own dots. */
  at: number
}

export interface LateNotice {
  /** How many dots of the round arrived after it closed. */
  count: number
  at: number
}

const votesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(BALLOT_ROOT.votes)
const lateOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(BALLOT_ROOT.late)

export function readVotes(doc: Y.Doc, roundId?: string): Vote[] {
  const out: Vote[] = []
  votesOf(doc).forEach((value, id) => {
    const record = readRecord(value)
    if (!record) return
    const { round, note } = record
    if (typeof round !== 'string' || typeof note !== 'string') return
    if (roundId !== undefined && round !== roundId) return
    out.push({ id, roundId: round, noteId: note, at: finiteOr(record.at, 0) })
  })
  return out
}

export function castVote(
  doc: Y.Doc,
  args: { roundId: string; noteId: string; now: number; id?: string },
  origin: TransactionOrigin,
): string {
  if (!args.roundId || !args.noteId) throw new OpError('invalid', 'a vote needs a round and a note')
  const id = args.id ?? newId()
  doc.transact(() => votesOf(doc).set(id, { round: args.roundId, note: args.noteId, at: args.now }), origin)
  return id
}

/** Takes back this voter's most recent dot on the note; false when there was none. */
export function retractVote(
  doc: Y.Doc,
  args: { roundId: string; noteId: string },
  origin: TransactionOrigin,
): boolean {
  const mine = readVotes(doc, args.roundId)
    .filter((vote) => vote.noteId === args.noteId)
    .sort(compareVotes)
  const last = mine[mine.length - 1]
  if (!last) return false
  doc.transact(() => votesOf(doc).delete(last.id), origin)
  return true
}

/** The stable order in which a voter's dots are counted: cast time, then id. */
export function compareVotes(a: Vote, b: Vote): number {
  if (a.at !== b.at) return a.at - b.at
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function readLateNotice(doc: Y.Doc, roundId: string): LateNotice | null {
  const record = readRecord(lateOf(doc).get(roundId))
  if (!record) return null
  const count = finiteOr(record.count, 0)
  return count > 0 ? { count, at: finiteOr(record.at, 0) } : null
}

/** Server only: records that `count` dots of the round came too late. */
export function setLateNotice(
  doc: Y.Doc,
  roundId: string,
  notice: LateNotice,
  origin: TransactionOrigin,
): void {
  doc.transact(() => lateOf(doc).set(roundId, { count: notice.count, at: notice.at }), origin)
}
