import { CloseCodes, MessageType, migrate } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { RoomKind } from '../auth/rooms.ts'
import type { Bus } from '../bus/Bus.ts'
import { REMOTE_ORIGIN, RoomReplication } from '../bus/RoomReplication.ts'
import type { Logger } from '../log.ts'
import type { RelayMetrics } from '../metrics.ts'
import type { DocStore } from '../storage/DocStore.ts'
import { readAwarenessEntries, writeAwarenessEntries } from './awarenessEntries.ts'
import { sortAwarenessEntries } from './awarenessPolicy.ts'
import type { Connection } from './Connection.ts'
import type { RoomHooks, UpdateContext } from './hooks.ts'
import type { RelayLimits } from './limits.ts'
import {
  awarenessMessage,
  savedMessage,
  stateVectorMessage,
  syncStep2Message,
  updateMessage,
} from './messages.ts'
import { Refusal, reportRefusal } from './refusals.ts'

export interface RoomDeps {
  store: DocStore
  limits: RelayLimits
  metrics: RelayMetrics
  log: Logger
  /** Other relay instances sharing rooms (scale-out); absent on a single instance. */
  bus?: Bus
}

const ACK_DELAY_MS = 250
const NO_HOOKS: RoomHooks = {}

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
  readonly #replication: RoomReplication | null

  constructor(
    readonly name: string,
    readonly kind: RoomKind,
    private readonly deps: RoomDeps,
    private readonly hooks: RoomHooks = NO_HOOKS,
  ) {
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.#onAwarenessUpdate)
    this.#replication = deps.bus ? new RoomReplication(deps.bus, this) : null
    // Subscribe before loading, so nothing another instance stores meanwhile is missed.
    this.loaded = (this.#replication?.start() ?? Promise.resolve()).then(() => this.#load())
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
    // Migrations write through the normal path, so they are persisted like any edit.
    if (this.kind === 'content') await this.#applyLocal(() => migrate(this.doc), null)
  }

  join(conn: Connection): void {
    this.connections.add(conn)
    this.#enqueue(conn, () => {
      this.#send(conn, stateVectorMessage(this.doc))
      const states = [...this.awareness.getStates().keys()]
      if (states.length > 0) this.#send(conn, awarenessMessage(this.awareness, states))
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

  /**
   * A change made by the server itself (e.g. facilitation tallies): run in order with client
   * messages, stored, then sent to every reader of the room. Resolves once it is durable.
   */
  async change(write: (doc: Y.Doc) => void, origin: unknown): Promise<void> {
    // A throwing callback may have changed the document already: store that, then report the error.
    let callbackError: { error: unknown } | null = null
    const guarded = (doc: Y.Doc) => {
      try {
        write(doc)
      } catch (error) {
        callbackError = { error }
      }
    }
    const done = this.#tail.then(() => {
      if (this.#destroyed) throw new Error(`room ${this.name} is unloaded`)
      return this.#applyLocal(guarded, origin)
    })
    this.#tail = done.catch((error: unknown) => (this.#destroyed ? undefined : this.#onFailure(error)))
    await done
    if (callbackError) throw (callbackError as { error: unknown }).error
  }

  /** See ReplicatedRoom.applyRemote: stored by the instance it came from, so only shared here. */
  applyRemote(update: Uint8Array): void {
    this.runInOrder(() => {
      const produced: Uint8Array[] = []
      const collect = (change: Uint8Array) => produced.push(change)
      this.doc.on('update', collect)
      try {
        Y.applyUpdate(this.doc, update, REMOTE_ORIGIN)
      } finally {
        this.doc.off('update', collect)
      }
      for (const change of produced) {
        // Stored by the other instance: it counts towards this board's size cap here too.
        this.#storedBytes += change.byteLength
        this.#broadcast(updateMessage(change))
      }
    })
  }

  runInOrder(task: () => void): void {
    this.#tail = this.#tail
      .then(() => (this.#destroyed ? undefined : task()))
      .catch((error: unknown) => this.#onFailure(error))
  }

  /** Publishes a stored heal digest to the other instances (scale-out only). */
  heal(): void {
    this.#replication?.heal()
  }

  /** Applies a server-side change and stores and broadcasts the updates it produced. */
  async #applyLocal(write: (doc: Y.Doc) => void, origin: unknown): Promise<void> {
    const produced: Uint8Array[] = []
    const collect = (update: Uint8Array) => produced.push(update)
    this.doc.on('update', collect)
    try {
      this.doc.transact(() => write(this.doc), origin)
    } finally {
      this.doc.off('update', collect)
    }
    for (const update of produced) {
      await this.#persist(update)
      this.#broadcast(updateMessage(update))
      this.#replication?.publishUpdate(update)
    }
  }

  #enqueue(conn: Connection, task: () => Promise<void> | void): void {
    this.#tail = this.#tail
      .then(() => (conn.refused || this.#destroyed ? undefined : task()))
      .catch((error: unknown) => {
        if (error instanceof Refusal) this.#refuse(conn, error)
        else this.#onFailure(error)
      })
  }

  #refuse(conn: Connection, refusal: Refusal): void {
    reportRefusal(this.deps, refusal.metricReason, {
      room: this.name,
      role: conn.claims.role,
      address: conn.address,
      detail: refusal.message,
    })
    conn.refuse(refusal.close.code, refusal.close.reason)
  }

  #onFailure(error: unknown): void {
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
        this.#send(conn, awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]))
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
    if (decoding.hasContent(decoder)) throw new Refusal(CloseCodes.Malformed, 'trailing-bytes')
    if (subtype === syncProtocol.messageYjsSyncStep1) {
      let reply: Uint8Array
      try {
        reply = syncStep2Message(this.doc, payload)
      } catch {
        throw new Refusal(CloseCodes.Malformed, 'malformed-state-vector')
      }
      this.#send(conn, reply)
      return
    }
    if (subtype !== syncProtocol.messageYjsSyncStep2 && subtype !== syncProtocol.messageYjsUpdate) {
      throw new Refusal(CloseCodes.Malformed, 'unknown-sync-type')
    }
    let decoded: ReturnType<typeof Y.decodeUpdate>
    try {
      decoded = Y.decodeUpdate(payload)
    } catch {
      throw new Refusal(CloseCodes.Malformed, 'undecodable-update')
    }
    // An empty sync reply is the normal answer of an up-to-date client.
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return
    if (!conn.access.write) {
      // A read-only client's sync reply that adds nothing is normal; anything more is refused.
      // (Checked only for read-only clients: a snapshot costs a pass over the whole document.)
      if (Y.snapshotContainsUpdate(Y.snapshot(this.doc), payload)) return
      throw new Refusal(
        { code: CloseCodes.Forbidden.code, reason: 'your role cannot change this room' },
        'read-only-write',
      )
    }
    if (this.#storedBytes + payload.byteLength > this.deps.limits.maxDocBytes) {
      throw new Refusal(
        { code: CloseCodes.TooLarge.code, reason: 'the board is over its size cap' },
        'document-too-large',
      )
    }
    const context: UpdateContext = {
      room: this.name,
      kind: this.kind,
      claims: conn.claims,
      doc: this.doc,
      update: payload,
      decoded,
    }
    const verdict = this.hooks.guard ? await this.hooks.guard(context) : null
    if (verdict)
      throw new Refusal({ code: verdict.code ?? CloseCodes.Forbidden.code, reason: verdict.refuse }, 'guard')
    const changed = await this.#integrate(conn, payload)
    if (changed && this.hooks.afterUpdate) await this.hooks.afterUpdate(context)
  }

  /** Applies a checked client update, then stores and broadcasts exactly what it added. */
  async #integrate(conn: Connection, payload: Uint8Array): Promise<boolean> {
    const produced: Uint8Array[] = []
    const collect = (update: Uint8Array) => produced.push(update)
    this.doc.on('update', collect)
    let failed = false
    try {
      Y.applyUpdate(this.doc, payload, conn)
    } catch {
      failed = true
    } finally {
      this.doc.off('update', collect)
    }
    // Whatever was integrated (even before a failure) is valid Yjs state: store it, then share it.
    for (const update of produced) {
      await this.#persist(update)
      this.#broadcast(updateMessage(update), conn)
      this.#replication?.publishUpdate(update)
    }
    if (produced.length > 0) this.#scheduleAck(conn)
    if (failed) throw new Refusal(CloseCodes.Malformed, 'unappliable-update')
    return produced.length > 0
  }

  /**
   * Tells a writer which of its changes are stored: the server's state vector in an auth message of
   * subtype "saved", at most once per ACK_DELAY_MS. Stock clients ignore it; ours shows it.
   */
  #scheduleAck(conn: Connection): void {
    if (conn.ackTimer || conn.closed) return
    conn.ackTimer = setTimeout(() => {
      conn.ackTimer = undefined
      this.#enqueue(conn, () => this.#send(conn, savedMessage(this.doc)))
    }, ACK_DELAY_MS)
  }

  #handleAwareness(conn: Connection, decoder: decoding.Decoder): void {
    // Presence of someone who already left would never be removed: ignore it.
    if (!this.connections.has(conn)) return
    let update: Uint8Array
    let sorting: ReturnType<typeof sortAwarenessEntries>
    try {
      update = decoding.readVarUint8Array(decoder)
      if (decoding.hasContent(decoder)) throw new Error('trailing bytes')
      const entries = readAwarenessEntries(update)
      sorting = sortAwarenessEntries(this.awareness, this.connections, conn, entries)
    } catch {
      throw new Refusal(CloseCodes.Malformed, 'malformed-awareness')
    }
    if (!sorting.ok) {
      throw new Refusal(
        { code: CloseCodes.Forbidden.code, reason: 'awareness may only be set for your own client id' },
        'foreign-awareness',
        `client id ${sorting.foreignId}`,
      )
    }
    if (sorting.contested > 0) {
      reportRefusal(this.deps, 'contested-awareness', { room: this.name, address: conn.address })
    }
    if (sorting.own.length === 0) return
    const own = sorting.echoes + sorting.contested === 0 ? update : writeAwarenessEntries(sorting.own)
    awarenessProtocol.applyAwarenessUpdate(this.awareness, own, conn)
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
    this.#broadcast(awarenessMessage(this.awareness, changed))
    if (origin !== REMOTE_ORIGIN) this.#replication?.publishAwareness(changed)
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
      let throughId = this.#lastStoredId
      if (this.#replication) {
        // Other instances append to the same log, and their newest entries may not have reached
        // us yet: fold everything up to the log's end into the snapshot before replacing it.
        const stored = await this.deps.store.load(this.name)
        throughId = stored.lastId
        if (stored.updates.length > 0) this.applyRemote(Y.mergeUpdates(stored.updates))
        await this.settled()
      }
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

  #broadcast(message: Uint8Array, except?: Connection): void {
    for (const conn of this.connections) if (conn !== except && conn.access.read) this.#send(conn, message)
  }

  #send(conn: Connection, message: Uint8Array): void {
    if (conn.closed) return
    if (conn.socket.bufferedAmount > this.deps.limits.maxBufferedBytes) {
      reportRefusal(this.deps, 'slow-reader', {
        room: this.name,
        address: conn.address,
        buffered: conn.socket.bufferedAmount,
      })
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
    this.#replication?.stop()
    this.connections.clear()
    this.awareness.off('update', this.#onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }
}
