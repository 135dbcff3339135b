import type * as Y from 'yjs'
import { OpError } from '../ops/OpError.ts'
import type { TransactionOrigin } from '../ops/origin.ts'
import { finiteOr, readRecord, SessionKeys, sessionOf } from './controlDoc.ts'

/**
 * Locks: `skeleton` freezes stages, lanes, maps (persona, title) and the board title for everyone
 * but facilitators. `addLaneIds` lists the lanes participants may add notes to; null means all.
 */
export interface Locks {
  skeleton: boolean
  addLaneIds: string[] | null
}

export function readLocks(doc: Y.Doc): Locks {
  const record = readRecord(sessionOf(doc).get(SessionKeys.locks))
  const lanes = record?.addLaneIds
  return {
    skeleton: record?.skeleton === true,
    addLaneIds: Array.isArray(lanes) ? lanes.filter((id): id is string => typeof id === 'string') : null,
  }
}

export function setLocks(doc: Y.Doc, locks: Locks, origin: TransactionOrigin): void {
  doc.transact(
    () =>
      sessionOf(doc).set(SessionKeys.locks, {
        skeleton: locks.skeleton,
        addLaneIds: locks.addLaneIds ? [...new Set(locks.addLaneIds)] : null,
      }),
    origin,
  )
}

export const mayAddNoteIn = (locks: Locks, laneId: string): boolean =>
  locks.addLaneIds === null || locks.addLaneIds.includes(laneId)

/** A stage everyone is asked to look at (summon). */
export interface StagePointer {
  stageId: string
  at: number
}

function readPointer(doc: Y.Doc, key: string): StagePointer | null {
  const record = readRecord(sessionOf(doc).get(key))
  return record && typeof record.stageId === 'string'
    ? { stageId: record.stageId, at: finiteOr(record.at, 0) }
    : null
}

export const readSummon = (doc: Y.Doc): StagePointer | null => readPointer(doc, SessionKeys.summon)

/** Brings everyone to a stage: each client scrolls there once per summon. */
export function summonTo(doc: Y.Doc, pointer: StagePointer, origin: TransactionOrigin): void {
  if (!pointer.stageId) throw new OpError('invalid', 'summon needs a stage')
  doc.transact(() => sessionOf(doc).set(SessionKeys.summon, { ...pointer }), origin)
}

/**
 * Private brainstorming: while `on`, participants write new notes into their own private room;
 * `revealedAt` asks the server to move every private note into the board.
 */
export interface PrivateMode {
  on: boolean
  revealedAt: number | null
}

export function readPrivateMode(doc: Y.Doc): PrivateMode {
  const record = readRecord(sessionOf(doc).get(SessionKeys.privateMode))
  return {
    on: record?.on === true,
    revealedAt: typeof record?.revealedAt === 'number' ? record.revealedAt : null,
  }
}

export function setPrivateMode(doc: Y.Doc, on: boolean, origin: TransactionOrigin): void {
  const current = readPrivateMode(doc)
  doc.transact(() => sessionOf(doc).set(SessionKeys.privateMode, { ...current, on }), origin)
}

/** Ends private mode and has the server publish every private note. */
export function revealPrivateNotes(doc: Y.Doc, args: { now: number }, origin: TransactionOrigin): void {
  doc.transact(() => sessionOf(doc).set(SessionKeys.privateMode, { on: false, revealedAt: args.now }), origin)
}

export function readCurrentRoundId(doc: Y.Doc): string | null {
  const id = sessionOf(doc).get(SessionKeys.currentRound)
  return typeof id === 'string' ? id : null
}
