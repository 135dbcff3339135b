import type * as Y from 'yjs'
import { OpError } from '../ops/OpError.ts'
import type { TransactionOrigin } from '../ops/origin.ts'
import { finiteOr, readRecord, SessionKeys, sessionOf } from './controlDoc.ts'

export const TIMER_MAX_MS = 4 * 60 * 60 * 1000

/**
 * The shared countdown. Running: `endsAt` is a server time, so every client shows the same
 * remaining time once it corrects its own clock by the measured offset. Paused: `remainingMs`.
 */
export type TimerState =
  | { status: 'idle'; durationMs: number }
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number }

export const DEFAULT_TIMER_MS = 5 * 60 * 1000

export function readTimer(doc: Y.Doc): TimerState {
  const record = readRecord(sessionOf(doc).get(SessionKeys.timer))
  const durationMs = Math.max(0, finiteOr(record?.durationMs, DEFAULT_TIMER_MS))
  if (record?.status === 'running' && typeof record.endsAt === 'number')
    return { status: 'running', durationMs, endsAt: record.endsAt }
  if (record?.status === 'paused' && typeof record.remainingMs === 'number')
    return { status: 'paused', durationMs, remainingMs: Math.max(0, record.remainingMs) }
  return { status: 'idle', durationMs }
}

/** Milliseconds left at server time `now` (never negative). */
export function timerRemainingMs(timer: TimerState, now: number): number {
  switch (timer.status) {
    case 'idle':
      return timer.durationMs
    case 'paused':
      return timer.remainingMs
    case 'running':
      return Math.max(0, timer.endsAt - now)
  }
}

function write(doc: Y.Doc, timer: TimerState, origin: TransactionOrigin): void {
  doc.transact(() => sessionOf(doc).set(SessionKeys.timer, { ...timer }), origin)
}

function requireDuration(ms: number): void {
  if (!Number.isInteger(ms) || ms < 1000 || ms > TIMER_MAX_MS)
    throw new OpError('invalid', 'the timer runs from 1 second to 4 hours')
}

/** Starts from the set duration, or resumes a paused timer. */
export function startTimer(
  doc: Y.Doc,
  args: { now: number; durationMs?: number },
  origin: TransactionOrigin,
): void {
  const timer = readTimer(doc)
  if (timer.status === 'running') return
  if (timer.status === 'paused' && args.durationMs === undefined) {
    write(
      doc,
      { status: 'running', durationMs: timer.durationMs, endsAt: args.now + timer.remainingMs },
      origin,
    )
    return
  }
  const durationMs = args.durationMs ?? timer.durationMs
  requireDuration(durationMs)
  write(doc, { status: 'running', durationMs, endsAt: args.now + durationMs }, origin)
}

export function pauseTimer(doc: Y.Doc, args: { now: number }, origin: TransactionOrigin): void {
  const timer = readTimer(doc)
  if (timer.status !== 'running') return
  write(
    doc,
    { status: 'paused', durationMs: timer.durationMs, remainingMs: timerRemainingMs(timer, args.now) },
    origin,
  )
}

export function addTime(doc: Y.Doc, args: { now: number; ms: number }, origin: TransactionOrigin): void {
  requireDuration(Math.abs(args.ms))
  const timer = readTimer(doc)
  const grow = (ms: number) => Math.min(TIMER_MAX_MS, Math.max(0, ms + args.ms))
  const next: TimerState =
    timer.status === 'idle'
      ? { status: 'idle', durationMs: Math.max(1000, grow(timer.durationMs)) }
      : timer.status === 'paused'
        ? { ...timer, remainingMs: grow(timer.remainingMs) }
        : { ...timer, endsAt: args.now + grow(timerRemainingMs(timer, args.now)) }
  write(doc, next, origin)
}

export function resetTimer(doc: Y.Doc, args: { durationMs?: number }, origin: TransactionOrigin): void {
  const durationMs = args.durationMs ?? readTimer(doc).durationMs
  requireDuration(durationMs)
  write(doc, { status: 'idle', durationMs }, origin)
}
