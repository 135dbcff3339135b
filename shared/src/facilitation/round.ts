import type * as Y from 'yjs'
import { readNumber, readOneOf, readString, readStringList } from '../schema/read.ts'
import { entriesOf } from '../schema/root.ts'
import { roundsOf } from './controlDoc.ts'

export const BUDGET_MIN = 1
export const BUDGET_MAX = 99
export const ROUND_STATUSES = ['open', 'closed'] as const
export type RoundStatus = (typeof ROUND_STATUSES)[number]
/** `hidden`: counts are published only at the reveal; `live`: while people vote. */
export const RESULTS_MODES = ['hidden', 'live'] as const
export type ResultsMode = (typeof RESULTS_MODES)[number]

/** A dot-voting round as the facilitator set it up. */
export interface Round {
  id: string
  title: string
  budget: number
  capPerNote: number
  anonymous: boolean
  results: ResultsMode
  /** Lanes whose notes may be voted on; empty means the map's pain-point lanes. */
  laneIds: string[]
  /** Stages whose notes may be voted on; empty means every stage. */
  stageIds: string[]
  status: RoundStatus
  startedAt: number
  /** Server time at which the round closes by itself; null when it runs until ended. */
  endsAt: number | null
  closedAt: number | null
  revealedAt: number | null
}

export const RoundKeys = {
  title: 'title',
  budget: 'budget',
  capPerNote: 'capPerNote',
  anonymous: 'anonymous',
  results: 'results',
  laneIds: 'laneIds',
  stageIds: 'stageIds',
  status: 'status',
  startedAt: 'startedAt',
  endsAt: 'endsAt',
  closedAt: 'closedAt',
  revealedAt: 'revealedAt',
} as const

const clampInt = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)))
const optionalTime = (map: Y.Map<unknown>, key: string): number | null => {
  const value = map.get(key)
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** Defensive: whatever a facilitator's client wrote, the result is a usable round. */
export function readRound(id: string, map: Y.Map<unknown>): Round {
  const budget = clampInt(readNumber(map, RoundKeys.budget, 5), BUDGET_MIN, BUDGET_MAX)
  return {
    id,
    title: readString(map, RoundKeys.title),
    budget,
    capPerNote: clampInt(readNumber(map, RoundKeys.capPerNote, budget), 1, budget),
    anonymous: map.get(RoundKeys.anonymous) !== false,
    results: readOneOf(map, RoundKeys.results, RESULTS_MODES, 'hidden'),
    laneIds: readStringList(map, RoundKeys.laneIds),
    stageIds: readStringList(map, RoundKeys.stageIds),
    status: readOneOf(map, RoundKeys.status, ROUND_STATUSES, 'closed'),
    startedAt: readNumber(map, RoundKeys.startedAt, 0),
    endsAt: optionalTime(map, RoundKeys.endsAt),
    closedAt: optionalTime(map, RoundKeys.closedAt),
    revealedAt: optionalTime(map, RoundKeys.revealedAt),
  }
}

/** Every round, oldest first. */
export function readRounds(doc: Y.Doc): Round[] {
  return entriesOf(roundsOf(doc))
    .map(([id, map]) => readRound(id, map))
    .sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1))
}

/** Votes count while this is true; `now` is server time (see the clock offset in the client). */
export function isRoundOpen(round: Round, now: number): boolean {
  return round.status === 'open' && (round.endsAt === null || now < round.endsAt)
}

export const resultsVisible = (round: Round): boolean => round.results === 'live' || round.revealedAt !== null
