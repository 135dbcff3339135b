import type * as Y from 'yjs'
import type { EntityMap } from '../schema/root.ts'

/**
 * The control room (`<board>.control`) holds what only a facilitator may change: voting rounds,
 * timer, locks, summon and private mode. The server adds one thing: `results`, the published
 * tallies. Every role reads it, so nothing secret may live here (ballots live in their own rooms,
 * hidden tallies stay on the server until the reveal).
 */
export const CONTROL_ROOT = {
  /** roundId -> round settings and status (facilitator). */
  rounds: 'rounds',
  /** roundId -> published RoundResult (server). */
  results: 'results',
  /** One key per feature (timer, locks, summon, privateMode, currentRound). */
  session: 'session',
} as const

export const roundsOf = (doc: Y.Doc): EntityMap => doc.getMap(CONTROL_ROOT.rounds)
export const resultsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(CONTROL_ROOT.results)
export const sessionOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(CONTROL_ROOT.session)

export const SessionKeys = {
  currentRound: 'currentRound',
  timer: 'timer',
  locks: 'locks',
  summon: 'summon',
  privateMode: 'privateMode',
} as const

/** A plain object stored as one value, or null when the stored value is not an object. */
export function readRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

export const finiteOr = <T>(value: unknown, fallback: T): number | T =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback
