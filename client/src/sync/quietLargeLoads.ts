import * as Y from 'yjs'
import type { LocalStore } from './LocalStore.ts'
import type { RelayProvider } from './RelayProvider.ts'

type UpdateListener = (update: Uint8Array, origin: unknown) => void

/** Origin of the board's state fetched over HTTP (see boardState.ts). */
const FETCHED_STATE = { name: "the board's state, fetched" }

/**
 * Yjs encodes each transaction's changes for its 'update' listeners, even when they all ignore
 * them. Three transactions of a 5,000-note board are large (1.6 MB, about 100 ms to encode) and
 * need no such event:
 * - loading the IndexedDB copy while the socket is not open: the store skips its own loads, and the
 *   socket's handshake will carry what the relay lacks (a copy loaded once the socket is open, when
 *   openRoom did not wait for it, goes out as an update);
 * - applying the board's state fetched over HTTP: the relay has it, and the store keeps it as it
 *   arrived;
 * - what the relay sends while a sync is under way: the provider skips its own messages, and the
 *   store keeps the update as it arrived instead of a re-encoding of it.
 * The only 'update' listeners of a board's document are the store's and the provider's, so with both
 * detached Yjs encodes nothing. Returns how to apply a fetched state that way.
 */
export function quietLargeLoads(
  doc: Y.Doc,
  local: LocalStore,
  provider: RelayProvider,
): (state: Uint8Array) => void {
  muteUpdatesFor(
    doc,
    [local.storeUpdate, provider.sendUpdate],
    (transaction) =>
      (transaction.origin === local && !provider.wsconnected) ||
      transaction.origin === FETCHED_STATE ||
      (transaction.origin === provider && !provider.synced),
  )
  // Emitted once the update was applied without error, still before the provider counts as synced.
  provider.on('received', (update) => {
    if (!provider.synced) local.storeUpdate(update, provider)
  })
  return (state) => {
    Y.applyUpdate(doc, state, FETCHED_STATE)
    local.storeUpdate(state, FETCHED_STATE)
  }
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
