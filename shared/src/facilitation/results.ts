import type * as Y from 'yjs'
import type { TransactionOrigin } from '../ops/origin.ts'
import { finiteOr, readRecord, resultsOf } from './controlDoc.ts'
import type { RoundResult } from './tally.ts'

function readCounts(value: unknown): Record<string, number> | null {
  const record = readRecord(value)
  if (!record) return null
  const out: Record<string, number> = {}
  for (const [noteId, count] of Object.entries(record)) {
    if (typeof count === 'number' && Number.isInteger(count) && count > 0) out[noteId] = count
  }
  return out
}

function readAttribution(value: unknown): RoundResult['attribution'] {
  const record = readRecord(value)
  if (!record) return null
  const out: NonNullable<RoundResult['attribution']> = {}
  for (const [noteId, list] of Object.entries(record)) {
    if (!Array.isArray(list)) continue
    out[noteId] = list.flatMap((entry) => {
      const row = readRecord(entry)
      return row && typeof row.name === 'string' ? [{ name: row.name, count: finiteOr(row.count, 0) }] : []
    })
  }
  return out
}

/** The server-published result of a round, or null before the server counted anything. */
export function readRoundResult(doc: Y.Doc, roundId: string): RoundResult | null {
  const record = readRecord(resultsOf(doc).get(roundId))
  if (!record) return null
  return {
    voters: finiteOr(record.voters, 0),
    votesCast: finiteOr(record.votesCast, 0),
    counts: readCounts(record.counts),
    attribution: readAttribution(record.attribution),
    final: record.final === true,
  }
}

/** Server only: publishes a round's result (one plain value, replaced whole). */
export function writeRoundResult(
  doc: Y.Doc,
  roundId: string,
  result: RoundResult,
  origin: TransactionOrigin,
): void {
  doc.transact(() => resultsOf(doc).set(roundId, { ...result }), origin)
}
