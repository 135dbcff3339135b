import type * as Y from 'yjs'

/**
 * Runs `apply` on `doc` and returns the updates it produced: exactly what was new to the document.
 * A failure part-way is returned beside them, since what was integrated before it is valid state
 * that must still be stored and shared.
 */
export function updatesProduced(
  doc: Y.Doc,
  apply: (doc: Y.Doc) => void,
): { updates: Uint8Array[]; failure: { error: unknown } | null } {
  const updates: Uint8Array[] = []
  const collect = (update: Uint8Array) => updates.push(update)
  doc.on('update', collect)
  let failure: { error: unknown } | null = null
  try {
    apply(doc)
  } catch (error) {
    failure = { error }
  } finally {
    doc.off('update', collect)
  }
  return { updates, failure }
}
