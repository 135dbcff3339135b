import type * as Y from 'yjs'
import { type EntityMap, entityIn } from './root.ts'
import { readTombstone } from './tombstone.ts'

/** Redirect chains are short (one hop per deletion); the cap only guards against cycles. */
const MAX_REDIRECT_HOPS = 32

/**
 * The live stage or lane that an id stands for: itself while live, else the end of its redirect
 * chain. Undefined when the chain ends in nothing live (e.g. two replicas deleted the last two
 * stages of a map at once, each redirecting to the other); such notes are "unplaced", not lost.
 */
export function resolveLive(collection: EntityMap, id: string): string | undefined {
  let current = id
  for (let hop = 0; hop < MAX_REDIRECT_HOPS; hop++) {
    const entity: Y.Map<unknown> | undefined = entityIn(collection, current)
    if (!entity) return undefined
    const tombstone = readTombstone(entity)
    if (tombstone.deletedAt === null) return current
    if (!tombstone.redirectTo) return undefined
    current = tombstone.redirectTo
  }
  return undefined
}
