import type { IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'

type UpdateListener = (update: Uint8Array, origin: unknown) => void

/**
 * Yjs encodes each transaction's changes for its 'update' listeners, even when they all ignore
 * them. Loading the IndexedDB copy of a 5,000-note board is one such transaction: IndexedDB skips
 * its own loads, and the socket is not open yet (openBoard connects after the load). Encoding it
 * anyway costs about 100 ms before the first frame, so these listeners are detached for it alone,
 * just before Yjs checks for listeners (afterTransactionCleanup), and attached again for every
 * other transaction.
 */
export function muteLocalLoad(doc: Y.Doc, local: IndexeddbPersistence, listeners: UpdateListener[]): void {
  let muted = false
  const mute = (on: boolean) => {
    if (on === muted) return
    muted = on
    for (const listener of listeners) {
      if (on) doc.off('update', listener)
      else doc.on('update', listener)
    }
  }
  doc.on('afterTransactionCleanup', (transaction: Y.Transaction) => mute(transaction.origin === local))
  doc.on('afterAllTransactions', () => mute(false))
}
