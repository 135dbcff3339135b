import * as Y from 'yjs'
import type { TransactionOrigin } from '../ops/origin.ts'

/**
 * Makes `target`'s content equal to `source`'s (e.g. a saved version) as one new change inside a
 * transaction with `origin`. It never rewinds history: edits made meanwhile elsewhere (offline
 * clients, other tabs) that the restore did not see merge with it afterwards like any other
 * concurrent edit. Works on every top-level Y.Map, so entities added to the model later are
 * restored without changes here.
 */
export function restoreDoc(target: Y.Doc, source: Y.Doc, origin: TransactionOrigin): void {
  target.transact(() => {
    for (const name of source.share.keys()) {
      const from = source.getMap<unknown>(name)
      syncMap(target.getMap<unknown>(name), from)
    }
  }, origin)
}

function syncMap(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  for (const key of [...target.keys()]) if (!source.has(key)) target.delete(key)
  source.forEach((value, key) => {
    const current = target.get(key)
    if (value instanceof Y.Text) {
      if (current instanceof Y.Text) syncText(current, value.toString())
      else target.set(key, new Y.Text(value.toString()))
    } else if (value instanceof Y.Map) {
      if (current instanceof Y.Map) syncMap(current, value)
      else target.set(key, cloneMap(value))
    } else if (value instanceof Y.Array) {
      if (!(current instanceof Y.Array) || !sameJson(current.toJSON(), value.toJSON()))
        target.set(key, cloneArray(value))
    } else if (!sameJson(current, value)) {
      target.set(key, value)
    }
  })
}

/** Rewrites only the differing middle of a text, so concurrent typing elsewhere in it survives. */
function syncText(text: Y.Text, wanted: string): void {
  const current = text.toString()
  if (current === wanted) return
  let start = 0
  const max = Math.min(current.length, wanted.length)
  while (start < max && current[start] === wanted[start]) start++
  let end = 0
  while (end < max - start && current[current.length - 1 - end] === wanted[wanted.length - 1 - end]) end++
  text.delete(start, current.length - start - end)
  text.insert(start, wanted.slice(start, wanted.length - end))
}

function cloneValue(value: unknown): unknown {
  if (value instanceof Y.Text) return new Y.Text(value.toString())
  if (value instanceof Y.Map) return cloneMap(value)
  if (value instanceof Y.Array) return cloneArray(value)
  return value
}

function cloneMap(source: Y.Map<unknown>): Y.Map<unknown> {
  const copy = new Y.Map<unknown>()
  source.forEach((value, key) => {
    copy.set(key, cloneValue(value))
  })
  return copy
}

function cloneArray(source: Y.Array<unknown>): Y.Array<unknown> {
  const copy = new Y.Array<unknown>()
  copy.push(source.toArray().map(cloneValue))
  return copy
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
