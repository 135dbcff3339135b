import {
  type Locks,
  type PrivateMode,
  type Round,
  type RoundResult,
  readLocks,
  readPrivateMode,
  readRoundResult,
  readRounds,
  readSummon,
  readTimer,
  type StagePointer,
  type TimerState,
} from '@jm/shared'
import type * as Y from 'yjs'

/** Everything the control room holds, read defensively into plain values for the UI. */
export interface ControlSnapshot {
  rounds: Round[]
  results: Record<string, RoundResult | null>
  timer: TimerState
  locks: Locks
  summon: StagePointer | null
  privateMode: PrivateMode
}

export function readControl(doc: Y.Doc): ControlSnapshot {
  const rounds = readRounds(doc)
  return {
    rounds,
    results: Object.fromEntries(rounds.map((round) => [round.id, readRoundResult(doc, round.id)])),
    timer: readTimer(doc),
    locks: readLocks(doc),
    summon: readSummon(doc),
    privateMode: readPrivateMode(doc),
  }
}
