import * as Y from 'yjs'

/** Smaller documents encode in well under a millisecond: not worth keeping a copy of each open room. */
const CACHED_FROM_BYTES = 64 * 1024
const encoded = new WeakMap<Y.Doc, Uint8Array>()
const watched = new WeakSet<Y.Doc>()

const changedAnything = (transaction: Y.Transaction) =>
  transaction.deleteSet.clients.size > 0 ||
  [...transaction.afterState].some(([client, clock]) => transaction.beforeState.get(client) !== clock)

/**
 * The whole document as one update, encoded once per state of the document. Everyone who joins a
 * board with nothing (a workshop starting: twenty people opening the link within a minute) gets
 * the same bytes; a 5,000-note board costs ~40–70 ms of the event loop to encode each time.
 */
export function fullStateOf(doc: Y.Doc): Uint8Array {
  const cached = encoded.get(doc)
  if (cached) return cached
  const state = Y.encodeStateAsUpdate(doc)
  if (state.byteLength < CACHED_FROM_BYTES) return state
  encoded.set(doc, state)
  if (!watched.has(doc)) {
    watched.add(doc)
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (changedAnything(transaction)) encoded.delete(doc)
    })
  }
  return state
}
