import type * as Y from 'yjs'
import { readNumber, readString } from './read.ts'

/**
 * Stages and lanes are never removed from the document: deleting one marks it with `deletedAt`
 * and `redirectTo` (a live sibling of the same map). A note that still points at a deleted stage
 * or lane, for instance one added on another replica while the delete was in flight, is shown in
 * the redirect target, so it is never lost silently; restoring the stage brings such notes back.
 */
export interface Tombstone {
  /** When the item was deleted; null while it is live. */
  deletedAt: number | null
  /** Where notes that still point here are shown once the item is deleted; '' for none. */
  redirectTo: string
}

export const TombstoneKeys = { deletedAt: 'deletedAt', redirectTo: 'redirectTo' } as const

export function readTombstone(map: Y.Map<unknown>): Tombstone {
  const deletedAt = readNumber(map, TombstoneKeys.deletedAt, Number.NaN)
  return {
    deletedAt: Number.isNaN(deletedAt) ? null : deletedAt,
    redirectTo: readString(map, TombstoneKeys.redirectTo),
  }
}

export const isLive = (item: Tombstone): boolean => item.deletedAt === null
