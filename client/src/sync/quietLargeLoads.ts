import { MessageType } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import type { IndexeddbPersistence } from 'y-indexeddb'
import * as syncProtocol from 'y-protocols/sync'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

type UpdateListener = (update: Uint8Array, origin: unknown) => void

/** Origin of the board's state fetched over HTTP (see boardState.ts). */
const FETCHED_STATE = { name: "the board's state, fetched" }

/**
 * Yjs encodes each transaction's changes for its 'update' listeners, even when they all ignore
 * them. Three transactions of a 5,000-note board are large (1.6 MB, about 100 ms to encode) and
 * need no such event:
 * - loading the IndexedDB copy while the socket is not open: IndexedDB skips its own loads, and the
 *   socket's handshake will carry what the relay lacks (a copy loaded once the socket is open, when
 *   openBoard did not wait for it, goes out as an update);
 * - applying the board's state fetched over HTTP: the relay has it, and IndexedDB stores it as it
 *   arrived;
 * - what the relay sends while a sync is under way: the socket skips its own messages, and
 *   IndexedDB stores the update as it arrived instead of a re-encoding of it.
 * Returns how to apply a fetched state that way.
 */
export function quietLargeLoads(
  doc: Y.Doc,
  local: IndexeddbPersistence,
  provider: WebsocketProvider,
): (state: Uint8Array) => void {
  muteUpdatesFor(
    doc,
    [local._storeUpdate, provider._updateHandler],
    (transaction) =>
      (transaction.origin === local && !provider.wsconnected) ||
      transaction.origin === FETCHED_STATE ||
      (transaction.origin === provider && !provider.synced),
  )
  const handle = provider.messageHandlers[MessageType.sync]
  if (!handle) throw new Error('y-websocket lacks the sync handler')
  provider.messageHandlers[MessageType.sync] = (encoder, decoder, prov, emitSynced, messageType) => {
    const update = provider.synced ? null : updateIn(decoder)
    handle(encoder, decoder, prov, emitSynced, messageType)
    // Stored once applied without error, as IndexedDB's own listener would have.
    if (update) local._storeUpdate(update, provider)
  }
  return (state) => {
    Y.applyUpdate(doc, state, FETCHED_STATE)
    local._storeUpdate(state, FETCHED_STATE)
  }
}

/** The update a sync step 2 or update message carries, read from a copy of its decoder. */
function updateIn(decoder: decoding.Decoder): Uint8Array | null {
  const peek = decoding.createDecoder(decoder.arr.subarray(decoder.pos))
  const type = decoding.readVarUint(peek)
  if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate) return null
  return decoding.readVarUint8Array(peek)
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
