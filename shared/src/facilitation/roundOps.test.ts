import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { OpError } from '../ops/OpError.ts'
import { LocalOrigin } from '../ops/origin.ts'
import { isRoundOpen, readRounds, resultsVisible } from './round.ts'
import { endRound, extendRound, revealRound, startRound } from './roundOps.ts'
import { addTime, pauseTimer, readTimer, startTimer, timerRemainingMs } from './timer.ts'

const origin = new LocalOrigin('f')

describe('round operations', () => {
  it('start, extend, end and reveal a round; only one open at a time', () => {
    const doc = new Y.Doc()
    const id = startRound(
      doc,
      { budget: 5, anonymous: true, results: 'hidden', durationMs: 60_000, now: 1000 },
      origin,
    )
    expect(() => startRound(doc, { budget: 3, anonymous: true, results: 'live', now: 2000 }, origin)).toThrow(
      OpError,
    )
    extendRound(doc, { roundId: id, byMs: 30_000, now: 2000 }, origin)
    let [round] = readRounds(doc)
    expect(round?.endsAt).toBe(91_000)
    expect(round && isRoundOpen(round, 90_999)).toBe(true)
    expect(() => revealRound(doc, { roundId: id, now: 3000 }, origin)).toThrow(/end the round/)
    endRound(doc, { roundId: id, now: 5000 }, origin)
    revealRound(doc, { roundId: id, now: 6000 }, origin)
    ;[round] = readRounds(doc)
    expect(round).toMatchObject({ status: 'closed', closedAt: 5000, revealedAt: 6000, capPerNote: 5 })
    expect(round && resultsVisible(round)).toBe(true)
  })

  it('refuses a budget outside 1..99 and a cap above the budget', () => {
    const doc = new Y.Doc()
    expect(() => startRound(doc, { budget: 0, anonymous: true, results: 'live', now: 0 }, origin)).toThrow(
      /1 to 99/,
    )
    expect(() => startRound(doc, { budget: 100, anonymous: true, results: 'live', now: 0 }, origin)).toThrow(
      OpError,
    )
    expect(() =>
      startRound(doc, { budget: 3, capPerNote: 4, anonymous: true, results: 'live', now: 0 }, origin),
    ).toThrow(/cap per note/)
    expect(readRounds(doc)).toEqual([])
  })
})

describe('timer', () => {
  it('runs, pauses, resumes and takes extra time against server time', () => {
    const doc = new Y.Doc()
    startTimer(doc, { now: 0, durationMs: 60_000 }, origin)
    expect(timerRemainingMs(readTimer(doc), 15_000)).toBe(45_000)
    pauseTimer(doc, { now: 15_000 }, origin)
    expect(timerRemainingMs(readTimer(doc), 99_000)).toBe(45_000)
    startTimer(doc, { now: 100_000 }, origin)
    addTime(doc, { now: 100_000, ms: 60_000 }, origin)
    expect(timerRemainingMs(readTimer(doc), 100_000)).toBe(105_000)
    expect(timerRemainingMs(readTimer(doc), 999_000)).toBe(0)
  })
})
