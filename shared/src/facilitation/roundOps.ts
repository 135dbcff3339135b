import * as Y from 'yjs'
import { newId } from '../ids.ts'
import { OpError } from '../ops/OpError.ts'
import type { TransactionOrigin } from '../ops/origin.ts'
import { entityIn } from '../schema/root.ts'
import { roundsOf, SessionKeys, sessionOf } from './controlDoc.ts'
import {
  BUDGET_MAX,
  BUDGET_MIN,
  isRoundOpen,
  type ResultsMode,
  type Round,
  RoundKeys,
  readRound,
  readRounds,
} from './round.ts'

export const ROUND_DURATION_MAX_MS = 4 * 60 * 60 * 1000

export interface StartRoundArgs {
  title?: string
  budget: number
  capPerNote?: number
  anonymous: boolean
  results: ResultsMode
  laneIds?: string[]
  stageIds?: string[]
  /** Null or omitted: the round runs until the facilitator ends it. */
  durationMs?: number | null
  /** Server time (the client corrects its clock by the measured offset). */
  now: number
  id?: string
}

function requireInt(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new OpError('invalid', `${what} must be a whole number from ${min} to ${max}`)
}

/** Opens a new round; only one round is open at a time. */
export function startRound(doc: Y.Doc, args: StartRoundArgs, origin: TransactionOrigin): string {
  requireInt(args.budget, BUDGET_MIN, BUDGET_MAX, 'the vote budget')
  const cap = args.capPerNote ?? args.budget
  requireInt(cap, 1, args.budget, 'the cap per note')
  if (args.durationMs != null) requireInt(args.durationMs, 1000, ROUND_DURATION_MAX_MS, 'the duration (ms)')
  if (readRounds(doc).some((round) => isRoundOpen(round, args.now)))
    throw new OpError('invalid', 'another round is still open; end it first')
  const id = args.id ?? newId()
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    map.set(RoundKeys.title, (args.title ?? '').slice(0, 200))
    map.set(RoundKeys.budget, args.budget)
    map.set(RoundKeys.capPerNote, cap)
    map.set(RoundKeys.anonymous, args.anonymous)
    map.set(RoundKeys.results, args.results)
    map.set(RoundKeys.laneIds, [...(args.laneIds ?? [])])
    map.set(RoundKeys.stageIds, [...(args.stageIds ?? [])])
    map.set(RoundKeys.status, 'open')
    map.set(RoundKeys.startedAt, args.now)
    if (args.durationMs != null) map.set(RoundKeys.endsAt, args.now + args.durationMs)
    roundsOf(doc).set(id, map)
    sessionOf(doc).set(SessionKeys.currentRound, id)
  }, origin)
  return id
}

function requireRound(doc: Y.Doc, roundId: string): { map: Y.Map<unknown>; round: Round } {
  const map = entityIn(roundsOf(doc), roundId)
  if (!map) throw new OpError('not-found', `round ${roundId} does not exist`)
  return { map, round: readRound(roundId, map) }
}

/** Adds time to an open round with a deadline. */
export function extendRound(
  doc: Y.Doc,
  args: { roundId: string; byMs: number; now: number },
  origin: TransactionOrigin,
): void {
  const { map, round } = requireRound(doc, args.roundId)
  if (!isRoundOpen(round, args.now)) throw new OpError('invalid', 'only an open round can be extended')
  requireInt(args.byMs, 1000, ROUND_DURATION_MAX_MS, 'the extension (ms)')
  doc.transact(() => map.set(RoundKeys.endsAt, (round.endsAt ?? args.now) + args.byMs), origin)
}

/** Closes the round now (the server does the same when the deadline passes). */
export function endRound(
  doc: Y.Doc,
  args: { roundId: string; now: number },
  origin: TransactionOrigin,
): void {
  const { map, round } = requireRound(doc, args.roundId)
  if (round.status === 'closed') return
  doc.transact(() => {
    map.set(RoundKeys.status, 'closed')
    // A round whose deadline already passed closed at its deadline, not when someone noticed.
    map.set(RoundKeys.closedAt, round.endsAt !== null ? Math.min(round.endsAt, args.now) : args.now)
  }, origin)
}

/** Publishes a closed round's results to everyone. */
export function revealRound(
  doc: Y.Doc,
  args: { roundId: string; now: number },
  origin: TransactionOrigin,
): void {
  const { map, round } = requireRound(doc, args.roundId)
  if (isRoundOpen(round, args.now)) throw new OpError('invalid', 'end the round before revealing it')
  if (round.revealedAt !== null) return
  doc.transact(() => {
    if (round.status !== 'closed') {
      map.set(RoundKeys.status, 'closed')
      map.set(RoundKeys.closedAt, round.endsAt ?? args.now)
    }
    map.set(RoundKeys.revealedAt, args.now)
  }, origin)
}
