import { generateKeyBetween } from 'fractional-indexing'

/**
 * Order keys are fractional indices (https://observablehq.com/@dgreensp/implementing-fractional-indexing),
 * stored on each item so a concurrent reorder is a single field write, never a delete + insert.
 * Two replicas inserting at one spot produce the same key; `compareOrdered` breaks that tie by id,
 * so every replica shows the same order and nothing is lost or duplicated.
 */
export function orderKeyBetween(before: string | null | undefined, after: string | null | undefined): string {
  const lo = validKeyOrNull(before)
  const hi = validKeyOrNull(after)
  if (lo !== null && hi !== null && lo >= hi) {
    // Equal keys from a concurrent insert: place after `lo`, which the id tie-break already sorts together.
    return generateKeyBetween(lo, null)
  }
  return generateKeyBetween(lo, hi)
}

/**
 * A neighbour's key as the library accepts it, or null. A key written by a foreign or buggy
 * client (say "a990", which has a trailing zero) would make the library throw; ignoring it
 * places the new item at that end instead, which still sorts deterministically.
 */
function validKeyOrNull(key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null
  try {
    generateKeyBetween(key, null)
    return key
  } catch {
    return null
  }
}

export interface Ordered {
  id: string
  order: string
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function sortOrdered<T extends Ordered>(items: Iterable<T>): T[] {
  return [...items].sort(compareOrdered)
}

/** The key that places an item at `index` among `siblings` (already sorted, the moved item excluded). */
export function orderKeyAt(siblings: readonly Ordered[], index: number): string {
  const clamped = Math.max(0, Math.min(index, siblings.length))
  return orderKeyBetween(siblings[clamped - 1]?.order, siblings[clamped]?.order)
}

/** Consecutive order keys for `count` new items. */
export function orderKeys(count: number): string[] {
  const keys: string[] = []
  for (let i = 0; i < count; i++) keys.push(orderKeyBetween(keys[i - 1] ?? null, null))
  return keys
}
