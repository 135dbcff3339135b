import { CloseCodes, MessageType, migrate } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { Logger } from '../log.ts'
import type { RelayMetrics } from '../metrics.ts'
import type { DocStore } from '../storage/DocStore.ts'
import { readAwarenessClientIds } from './awarenessIds.ts'
import type { Connection } from './Connection.ts'
import type { RelayLimits } from './limits.ts'

/**
 * Decides whether a client's update may be applied, before it is: a reason refuses it (the update
 * is not applied, stored or broadcast, and the sender is closed with 4423 Locked). Set by server
 * features that protect part of a document (facilitation locks).
 */
export type UpdateGuard = (conn: Connection, update: Uint8Array) => string | null | Promise<string | null>

export interface RoomDeps {
  store: DocStore
  limits: RelayLimits
  metrics: RelayMetrics
  log: Logger
}

const ACK_DELAY_MS = 250

class Refusal extends Error {
  constructor(
    readonly close: { code: number; reason: string },
    readonly metricReason: string,
    detail?: string,
  ) {
    super(detail ?? close.reason)
  }
}

/**
 * One loaded Y.Doc and the connections that share it. Every message of the room is handled in
 * arrival order on one promise chain, and an update is appended to storage before it is broadcast,
 * so whatever any client has received is durable. Sync requests are answered only after the stored
 * state is loaded: a client never sees an empty document after a restart.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true })
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly connections = new Set<Connection>()
  readonly loaded: Promise<void>
  #tail: Promise<void>
  #lastStoredId = 0
  #storedBytes = 0
  #updatesSinceCompaction = 0
  #compacting = false
  #destroyed = false
  guard: UpdateGuard | undefined

  constructor(
    readonly name: string,
    readonly isContent: boolean,
    private readonly deps: RoomDeps,
  ) {
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.#onAwarenessUpdate)
    this.loaded = this.#load()
    this.#tail = this.loaded
  }

  get destroyed(): boolean {
    return this.#destroyed
  }

  async #load(): Promise<void> {
    const stored = await this.deps.store.load(this.name)
    this.#lastStoredId = stored.lastId
    this.#storedBytes = stored.bytes
    this.#updatesSinceCompaction = stored.updates.length
    if (stored.updates.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(stored.updates))
    if (this.isContent) {
      // Migrations write through the normal path below, so they are persisted like any edit.
      const pending: Uint8Array[] = []
      const collect = (update: Uint8Array) => pending.push(update)
      this.doc.on('update', collect)
      migrate(this.doc)
      this.doc.off('update', collect)
      for (const update of pending) await this.#persist(update)
    }
  }

  join(conn: Connection): void {
    this.connections.add(conn)
    this.#enqueue(conn, async () => {
      this.#send(conn, this.#stateVectorMessage())
      const states = [...this.awareness.getStates().keys()]
      if (states.length > 0) this.#send(conn, this.#awarenessMessage(states))
    })
  }

  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return
    clearTimeout(conn.ackTimer)
    if (conn.awarenessIds.size > 0)
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null)
  }

  receive(conn: Connection, data: Uint8Array): void {
    this.#enqueue(conn, () => this.#handle(conn, data))
  }

  #enqueue(conn: Connection, task: () => Promise<void> | void): void {
    this.#tail = this.#tail
      .then(() => (conn.closed || this.#destroyed ? undefined : task()))
      .catch((error: unknown) => this.#onTaskError(conn, error))
  }

  #onTaskError(conn: Connection, error: unknown): void {
    if (error instanceof Refusal) {
      this.deps.metrics.rejections.inc({ reason: error.metricReason })
      this.deps.log.warn('message refused', {
        room: this.name,
        reason: error.metricReason,
        detail: error.message,
      })
      conn.close(error.close.code, error.close.reason)
      return
    }
    this.deps.log.error('room failure', { room: this.name, error: String(error) })
    this.fail()
  }

  async #handle(conn: Connection, data: Uint8Array): Promise<void> {
    if (data.byteLength > this.deps.limits.maxMessageBytes)
      throw new Refusal(CloseCodes.TooLarge, 'message-too-large')
    let decoder: decoding.Decoder
    let type: number
    try {
      decoder = decoding.createDecoder(data)
      type = decoding.readVarUint(decoder)
    } catch {
      throw new Refusal(CloseCodes.Malformed, 'malformed')
    }
    switch (type) {
      case MessageType.sync:
        return this.#handleSync(conn, decoder)
      case MessageType.awareness:
        return this.#handleAwareness(conn, decoder)
      case MessageType.queryAwareness:
        this.#send(conn, this.#awarenessMessage([...this.awareness.getStates().keys()]))
        return
      case MessageType.auth:
        return
      default:
        throw new Refusal(CloseCodes.Malformed, 'unknown-message-type', `unknown message type ${type}`)
    }
  }

  async #handleSync(conn: Connection, decoder: decoding.Decoder): Promise<void> {
    let subtype: number
    let payload: Uint8Array
    try {
      subtype = decoding.readVarUint(decoder)
      payload = decoding.readVarUint8Array(decoder)
    } catch {
      throw new Refusal(CloseCodes.Malformed, 'malformed')
    }
    if (subtype === syncProtocol.messageYjsSyncStep1) {
      let reply: Uint8Array
      try {
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, MessageType.sync)
        syncProtocol.writeSyncStep2(encoder, this.doc, payload)
        reply = encoding.toUint8Array(encoder)
      } catch {
        throw new Refusal(CloseCodes.Malformed, 'malformed-state-vector')
      }
      this.#send(conn, reply)
      return
    }
    if (subtype !== syncProtocol.messageYjsSyncStep2 && subtype !== syncProtocol.messageYjsUpdate) {
      throw new Refusal(CloseCodes.Malformed, 'unknown-sync-type')
    }
    try {
      Y.decodeUpdate(payload)
    } catch {
      throw new Refusal(CloseCodes.Malformed, 'undecodable-update')
    }
    if (!conn.access.write) {
      // A read-only client's sync reply that adds nothing is normal; anything more is refused.
      if (Y.snapshotContainsUpdate(Y.snapshot(this.doc), payload)) return
      throw new Refusal(CloseCodes.Forbidden, 'read-only-write', 'this role cannot change the board')
    }
    const refusedBecause = await this.guard?.(conn, payload)
    if (refusedBecause) throw new Refusal(CloseCodes.Locked, 'locked', refusedBecause)
    if (this.#storedBytes + payload.byteLength > this.deps.limits.maxDocBytes) {
      throw new Refusal(CloseCodes.TooLarge, 'document-too-large', 'the board is over its size cap')
    }
    const produced: Uint8Array[] = []
    const collect = (update: Uint8Array) => produced.push(update)
    this.doc.on('update', collect)
    try {
      Y.applyUpdate(this.doc, payload, conn)
    } catch {
      throw new Refusal(CloseCodes.Malformed, 'unappliable-update')
    } finally {
      this.doc.off('update', collect)
      // Whatever was integrated (even before a failure) is valid Yjs state: store it, then share it.
      for (const update of produced) {
        await this.#persist(update)
        this.#broadcast(this.#updateMessage(update), conn)
      }
      if (produced.length > 0) this.#scheduleAck(conn)
    }
  }

  /**
   * A change the server makes itself (tallies, deadlines): run in message order after everything
   * received so far, stored, then sent to every reader. Resolves once stored and sent.
   */
  write(change: (doc: Y.Doc) => void, origin: unknown): Promise<void> {
    const run = async () => {
      if (this.#destroyed) return
      const produced: Uint8Array[] = []
      const collect = (update: Uint8Array) => produced.push(update)
      this.doc.on('update', collect)
      try {
        this.doc.transact(() => change(this.doc), origin)
      } finally {
        this.doc.off('update', collect)
      }
      for (const update of produced) {
        await this.#persist(update)
        this.#broadcast(this.#updateMessage(update))
      }
    }
    const done = this.#tail.then(run)
    this.#tail = done.catch((error: unknown) => {
      this.deps.log.error('server write failed', { room: this.name, error: String(error) })
      this.fail()
    })
    return done
  }

  /**
   * Tells a writer which of its changes are stored: the server's state vector as a sync step 1,
   * at most once per ACK_DELAY_MS. Stock clients answer with a (usually empty) step 2.
   */
  #scheduleAck(conn: Connection): void {
    if (conn.ackTimer) return
    conn.ackTimer = setTimeout(() => {
      conn.ackTimer = undefined
      this.#enqueue(conn, () => this.#send(conn, this.#stateVectorMessage()))
    }, ACK_DELAY_MS)
  }

  #stateVectorMessage(): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.sync)
    syncProtocol.writeSyncStep1(encoder, this.doc)
    return encoding.toUint8Array(encoder)
  }

  #handleAwareness(conn: Connection, decoder: decoding.Decoder): void {
    let update: Uint8Array
    let ids: number[]
    try {
      update = decoding.readVarUint8Array(decoder)
      ids = readAwarenessClientIds(update)
    } catch {
      throw new Refusal(CloseCodes.Malformed, 'malformed-awareness')
    }
    for (const id of ids) {
      if (!this.#mayControlAwareness(conn, id)) {
        this.deps.metrics.rejections.inc({ reason: 'foreign-awareness' })
        return
      }
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn)
  }

  /** A connection speaks for one awareness id: the first it uses, unless another person holds it. */
  #mayControlAwareness(conn: Connection, id: number): boolean {
    if (conn.awarenessIds.has(id)) return true
    if (conn.awarenessIds.size > 0) return false
    for (const other of this.connections) {
      if (other !== conn && other.awarenessIds.has(id)) {
        if (other.claims.participant === undefined || other.claims.participant !== conn.claims.participant)
          return false
        other.awarenessIds.delete(id)
      }
    }
    conn.awarenessIds.add(id)
    return true
  }

  #onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed]
    if (changed.length === 0) return
    if (origin && typeof origin === 'object' && 'awarenessIds' in origin) {
      const conn = origin as Connection
      for (const id of removed) conn.awarenessIds.delete(id)
    }
    this.#broadcast(this.#awarenessMessage(changed))
  }

  async #persist(update: Uint8Array): Promise<void> {
    const started = performance.now()
    this.#lastStoredId = await this.deps.store.append(this.name, update)
    this.deps.metrics.persistSeconds.observe((performance.now() - started) / 1000)
    this.deps.metrics.persistedUpdates.inc()
    this.#storedBytes += update.byteLength
    this.#updatesSinceCompaction++
    if (this.#updatesSinceCompaction >= this.deps.limits.compactEveryUpdates)
      setImmediate(() => void this.compact())
  }

  /** Replaces the stored log with one snapshot; runs beside the room's message chain, never blocking it. */
  async compact(): Promise<void> {
    if (this.#compacting || this.#destroyed || this.#updatesSinceCompaction < 2) return
    this.#compacting = true
    try {
      const throughId = this.#lastStoredId
      const snapshot = Y.encodeStateAsUpdate(this.doc)
      await this.deps.store.compact(this.name, snapshot, throughId)
      this.#updatesSinceCompaction = 0
      this.#storedBytes = snapshot.byteLength
    } catch (error) {
      this.deps.log.error('compaction failed', { room: this.name, error: String(error) })
    } finally {
      this.#compacting = false
    }
  }

  /** Waits for every message received so far to be handled and stored. */
  async settled(): Promise<void> {
    await this.#tail
  }

  #updateMessage(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.sync)
    syncProtocol.writeUpdate(encoder, update)
    return encoding.toUint8Array(encoder)
  }

  #awarenessMessage(clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.awareness)
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients))
    return encoding.toUint8Array(encoder)
  }

  #broadcast(message: Uint8Array, except?: Connection): void {
    for (const conn of this.connections) if (conn !== except && conn.access.read) this.#send(conn, message)
  }

  #send(conn: Connection, message: Uint8Array): void {
    if (conn.closed) return
    if (conn.socket.bufferedAmount > this.deps.limits.maxBufferedBytes) {
      this.deps.metrics.rejections.inc({ reason: 'slow-reader' })
      conn.close(CloseCodes.SlowReader.code, CloseCodes.SlowReader.reason)
      return
    }
    this.deps.metrics.messagesOut.inc()
    this.deps.metrics.bytesOut.inc(message.byteLength)
    conn.socket.send(message)
  }

  /** Storage failed: drop the in-memory state and make clients resync from what was stored. */
  fail(): void {
    for (const conn of this.connections)
      conn.close(CloseCodes.SlowReader.code, 'storage unavailable; reconnect')
    this.destroy()
  }

  destroy(): void {
    if (this.#destroyed) return
    this.#destroyed = true
    this.connections.clear()
    this.awareness.off('update', this.#onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }
}
