import { type IndexeddbPersistence, storeState } from 'y-indexeddb'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { afterNextPaint } from './afterNextPaint.ts'

type UpdateListener = (update: Uint8Array, origin: unknown) => void

/**
 * Yjs encodes each transaction's changes for its 'update' listeners, even when they all ignore
 * them. Two transactions of a 5,000-note board are large (1.6 MB, about 100 ms to encode) and
 * need no such event:
 * - loading the IndexedDB copy: IndexedDB skips its own loads, and the socket is not open yet
 *   (openBoard connects after the load);
 * - what the relay sends while a sync is under way: the socket skips its own messages, and
 *   IndexedDB gets the whole state stored once, after the next frame, instead.
 */
export function quietLargeLoads(doc: Y.Doc, local: IndexeddbPersistence, provider: WebsocketProvider): void {
  let storeScheduled = false
  const storeLater = () => {
    if (storeScheduled) return
    storeScheduled = true
    afterNextPaint(() => {
      storeScheduled = false
      if (!local._destroyed && local.db) void storeState(local).catch(() => undefined)
    })
  }
  muteUpdatesFor(doc, [local._storeUpdate, provider._updateHandler], (transaction) => {
    if (transaction.origin === local) return true
    if (transaction.origin !== provider || provider.synced) return false
    storeLater()
    return true
  })
}

/**
 * Detaches these 'update' listeners for the transactions `quiet` picks, and only for those: just
 * before Yjs looks for listeners (afterTransactionCleanup), so with no other listener it encodes
 * nothing; they are attached again for every other transaction.
 */
export function muteUpdatesFor(
  doc: Y.Doc,
  listeners: UpdateListener[],
  quiet: (transaction: Y.Transaction) => boolean,
): void {
  let muted = false
  const mute = (on: boolean) => {
    if (on === muted) return
    muted = on
    for (const listener of listeners) {
      if (on) doc.off('update', listener)
      else doc.on('update', listener)
    }
  }
  doc.on('afterTransactionCleanup', (transaction: Y.Transaction) => mute(quiet(transaction)))
  doc.on('afterAllTransactions', () => mute(false))
}
