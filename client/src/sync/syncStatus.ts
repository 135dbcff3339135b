import { AuthSubtype } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import type { RelayProvider } from './RelayProvider.ts'

export type SyncState =
  | { kind: 'online' }
  | { kind: 'offline' }
  | { kind: 'connecting' }
  | { kind: 'unsaved'; count: number }

/**
 * Tracks which of this client's own transactions the server is known to hold. The relay sends its
 * state vector after it stored an update; a local change is saved once the server's
 * clock for this client has passed the clock the change ended at. Nothing here is guessed from
 * timing or socket state alone.
 */
export class SavedTracker {
  #serverStateVector: Map<number, number> | null = null
  /** Own clock after each local transaction not yet known to be on the server. */
  #pendingEnds: number[] = []
  #listeners = new Set<() => void>()

  constructor(
    private readonly doc: Y.Doc,
    provider: RelayProvider,
  ) {
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      // What arrives from the relay is on the server (it stores before it broadcasts).
      if (transaction.origin === provider) {
        this.#serverHas(transaction.afterState)
        return
      }
      if (!transaction.local) return
      const end = Y.getState(doc.store, doc.clientID)
      if (end > (transaction.beforeState.get(doc.clientID) ?? 0)) {
        this.#pendingEnds.push(end)
        this.#emit()
      }
    })
    // The relay's state vector arrives as the sync step 1 it sends when we join, and later in its
    // "saved" acknowledgements (an auth message of subtype 1, which stock clients ignore).
    provider.on('relay-state', (stateVector) => this.#serverState(stateVector))
    provider.on('auth', (subtype, payload) => {
      if (subtype === AuthSubtype.saved)
        this.#serverState(decoding.readVarUint8Array(decoding.createDecoder(payload)))
    })
  }

  /**
   * This session's own unsaved transactions, plus one per earlier session (another client id, e.g.
   * offline work restored from IndexedDB) whose content the server does not have yet.
   */
  get pending(): number {
    let count = this.#pendingEnds.length
    if (this.#serverStateVector) {
      for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.doc))) {
        if (client !== this.doc.clientID && clock > (this.#serverStateVector.get(client) ?? 0)) count++
      }
    }
    return count
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  #serverState(encoded: Uint8Array): void {
    const stateVector = Y.decodeStateVector(encoded)
    this.#serverStateVector = stateVector
    const serverClock = stateVector.get(this.doc.clientID) ?? 0
    this.#pendingEnds = this.#pendingEnds.filter((end) => end > serverClock)
    this.#emit()
  }

  #serverHas(clocks: Map<number, number>): void {
    if (!this.#serverStateVector) return
    for (const [client, clock] of clocks) {
      if (clock > (this.#serverStateVector.get(client) ?? 0)) this.#serverStateVector.set(client, clock)
    }
  }

  #emit(): void {
    for (const listener of this.#listeners) listener()
  }
}
