import {
  CloseCodes,
  MessageType,
  migrate,
  type RefusedChanges,
  type RoomKind,
  ServerOrigin,
} from '@jm/shared'
import * as decoding from 'lib0/decoding'
import type * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Bus } from '../bus/Bus.ts'
import { REMOTE_ORIGIN, RoomReplication } from '../bus/RoomReplication.ts'
import type { Logger } from '../log.ts'
import type { RelayMetrics } from '../metrics.ts'
import type { DocStore } from '../storage/DocStore.ts'
import type { Connection } from './Connection.ts'
import { readClientSync } from './clientSync.ts'
import type { StagedUpdate } from './GroupCommit.ts'
import { HibernatingDoc } from './HibernatingDoc.ts'
import type { RoomHooks, UpdateContext } from './hooks.ts'
import type { RelayLimits } from './limits.ts'
import { refusedMessage, stateVectorMessage, syncStep2Message, updateMessage } from './messages.ts'
import { RoomLog } from './RoomLog.ts'
import { RoomOutbox } from './RoomOutbox.ts'
import { RoomPresence } from './RoomPresence.ts'
import { Refusal, reportRefusal } from './refusals.ts'
import { updatesProduced } from './updatesProduced.ts'

export interface RoomDeps {
  store: DocStore
  limits: RelayLimits
  metrics: RelayMetrics
  log: Logger
  /** Other relay instances sharing rooms (scale-out); absent on a single instance. */
  bus?: Bus
  /**
   * A batch of a content room's updates is stored (here, not on another instance): keeps the
   * workspace directory and search index in step. `editor` is the name the last writer joined with.
   */
  onStored?(room: string, editor: string | undefined): void
}

/** The origin of the server's own undo of a refused change. */
const REFUSAL_ORIGIN = new ServerOrigin('refusal')
const NO_HOOKS: RoomHooks = {}

/**
 * One loaded room (its Y.Doc, hibernating while unused) and the connections that share it. Every
 * message of the room is handled in arrival order on one promise chain, and an update is appended to storage (RoomLog, in batches)
 * before it is broadcast, so whatever any client has received is durable. Sync requests are
 * answered only after the stored state is loaded: a client never sees an empty document after a
 * restart.
 */
export class Room {
  /** The document, or its encoding while the room hibernates; also read by heal rounds. */
  readonly hibernatingDoc: HibernatingDoc
  readonly #presence: RoomPresence
  readonly connections = new Set<Connection>()
  readonly loaded: Promise<void>
  #tail: Promise<void>
  #destroyed = false
  readonly #replication: RoomReplication | null
  readonly #log: RoomLog
  readonly #outbox: RoomOutbox

  constructor(
    readonly name: string,
    readonly kind: RoomKind,
    private readonly deps: RoomDeps,
    private readonly hooks: RoomHooks = NO_HOOKS,
  ) {
    this.hibernatingDoc = new HibernatingDoc(deps.bus !== undefined)
    this.#log = new RoomLog(name, () => this.doc, deps, {
      release: (batch) => this.#release(batch),
      compactionDue: () => setImmediate(() => void this.compact()),
      onError: (error) => this.#onFailure(error),
    })
    this.#outbox = new RoomOutbox(name, this.connections, deps, () => this.#log.savedStateVector)
    this.#presence = new RoomPresence({
      name,
      connections: this.connections,
      broadcast: (message) => this.#outbox.broadcast(message),
      publish: (changed) => this.#replication?.publishAwareness(changed),
      contested: (conn) => reportRefusal(deps, 'contested-awareness', { room: name, address: conn.address }),
    })
    this.#replication = deps.bus ? new RoomReplication(deps.bus, this) : null
    // Subscribe before loading, so nothing another instance stores meanwhile is missed.
    this.loaded = (this.#replication?.start() ?? Promise.resolve()).then(() => this.#load())
    this.#tail = this.loaded
  }

  get awareness(): awarenessProtocol.Awareness {
    return this.#presence.awareness
  }

  get destroyed(): boolean {
    return this.#destroyed
  }

  /** The room's document; rebuilt from its encoding if the room was hibernating. */
  get doc(): Y.Doc {
    return this.hibernatingDoc.doc
  }

  /**
   * Keeps only the encoded document until its next use, once everything received so far is stored.
   * Server-side observers attach through `hibernatingDoc.observe`, never to `doc` itself.
   */
  hibernate(): void {
    this.#inOrder(async () => {
      await this.#log.durable()
      this.hibernatingDoc.freeze()
    })
  }

  async #load(): Promise<void> {
    await this.#log.load()
    // Migrations write through the normal path, so they are persisted like any edit.
    if (this.kind === 'content') await this.#applyLocal(() => migrate(this.doc), null)
  }

  join(conn: Connection): void {
    this.connections.add(conn)
    this.#enqueue(conn, () => {
      if (conn.archived) this.#outbox.tellArchived(conn)
      this.#outbox.send(conn, stateVectorMessage(this.hibernatingDoc.stateVector()))
      if (!this.#presence.empty) this.#outbox.send(conn, this.#presence.everyone())
    })
  }

  /** The board was archived: every connection only reads from now on (see RoomOutbox.tellArchived). */
  archive(): void {
    for (const conn of this.connections) this.#outbox.tellArchived(conn)
  }

  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return
    clearTimeout(conn.ackTimer)
    this.#presence.leave(conn)
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

  /**
   * Reads the document in order with client messages, once everything received so far is stored.
   * Reading the encoding (`fullState`, `updateSince`) does not wake a hibernating room.
   */
  async read<T>(reader: (doc: HibernatingDoc) => T): Promise<T> {
    const done = this.#tail.then(async () => {
      if (this.#destroyed) throw new Error(`room ${this.name} is unloaded`)
      await this.#log.durable()
      return reader(this.hibernatingDoc)
    })
    // A failed read is the reader's error, not the room's.
    this.#tail = done.then(
      () => undefined,
      () => undefined,
    )
    return done
  }

  /** See ReplicatedRoom.applyRemote: stored by the instance it came from, so only shared here. */
  applyRemote(update: Uint8Array): void {
    // Already durable, so it need not wait for this room's own appends in flight.
    this.#inOrder(() => {
      const { updates, failure } = updatesProduced(this.doc, (doc) =>
        Y.applyUpdate(doc, update, REMOTE_ORIGIN),
      )
      for (const change of updates) {
        // Stored by the other instance: it counts towards this board's size cap here too.
        this.#log.countStoredElsewhere(change)
        this.#outbox.broadcast(updateMessage(change))
      }
      if (failure) throw failure.error
    })
  }

  /** See ReplicatedRoom.runInOrder: waits for appends in flight, so the task sees only stored state. */
  runInOrder(task: () => void): void {
    this.#inOrder(async () => {
      await this.#log.durable()
      if (!this.#destroyed) task()
    })
  }

  #inOrder(task: () => void | Promise<void>): void {
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
    const { updates, failure } = updatesProduced(this.doc, (doc) => doc.transact(() => write(doc), origin))
    for (const update of updates) this.#log.stage({ update })
    await this.#log.durable()
    if (failure) throw failure.error
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
        return this.#presence.receive(conn, decoder)
      case MessageType.queryAwareness:
        this.#outbox.send(conn, this.#presence.everyone())
        return
      case MessageType.auth:
        return
      default:
        throw new Refusal(CloseCodes.Malformed, 'unknown-message-type', `unknown message type ${type}`)
    }
  }

  async #handleSync(conn: Connection, decoder: decoding.Decoder): Promise<void> {
    const message = readClientSync(decoder)
    if (message.kind === 'nothing') return
    if (message.kind === 'request') {
      // The reply may only carry what is stored.
      await this.#log.durable()
      let reply: Uint8Array
      try {
        // Answered from the encoding of a hibernating room: a join that only reads does not wake it.
        reply = syncStep2Message(this.hibernatingDoc.updateSince(message.stateVector))
      } catch {
        throw new Refusal(CloseCodes.Malformed, 'malformed-state-vector')
      }
      this.#outbox.send(conn, reply)
      conn.replyAllowance = reply.byteLength
      return
    }
    const { update: payload, decoded } = message
    // A reconnecting client's sync reply repeats the delete set it has: usually nothing new. Checked
    // for writers only while hibernating (a live document applies it for free), so that it does not
    // wake the room; a read-only client may send nothing more, so its message is always checked.
    const checkFirst = !conn.access.write || this.hibernatingDoc.hibernating
    if (checkFirst && this.hibernatingDoc.contains(payload)) return
    if (!conn.access.write) return this.#outbox.dropReadOnlyWrite(conn)
    if (this.#log.storedBytes + payload.byteLength > this.deps.limits.maxDocBytes) {
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
    if (verdict && 'refuse' in verdict)
      throw new Refusal({ code: CloseCodes.Forbidden.code, reason: verdict.refuse }, 'guard')
    const undoRefused = verdict?.undo.prepare(this.doc, conn)
    const changed = await this.#integrate(conn, payload)
    if (verdict && undoRefused) this.#undoRefused(conn, verdict.undo.refused, undoRefused)
    if (changed && this.hooks.afterUpdate) await this.hooks.afterUpdate(context)
  }

  /** Undoes the refused part of an applied update as a server change, stored and shared after it. */
  #undoRefused(conn: Connection, refused: RefusedChanges, undo: () => void): void {
    const { updates, failure } = updatesProduced(this.doc, (doc) => doc.transact(undo, REFUSAL_ORIGIN))
    for (const update of updates) this.#log.stage({ update })
    if (failure) throw failure.error
    reportRefusal(this.deps, refused.cause, {
      room: this.name,
      role: conn.claims.role,
      address: conn.address,
      items: refused.items.length,
    })
    this.#outbox.send(conn, refusedMessage(refused))
  }

  /** Applies a checked client update, then stores and broadcasts exactly what it added. */
  async #integrate(conn: Connection, payload: Uint8Array): Promise<boolean> {
    const { updates, failure } = updatesProduced(this.doc, (doc) => Y.applyUpdate(doc, payload, conn))
    for (const update of updates) this.#log.stage({ update, from: conn })
    if (failure) throw new Refusal(CloseCodes.Malformed, 'unappliable-update')
    return updates.length > 0
  }

  /** A batch is durable: share its updates, in order, with local readers and other instances. */
  #release(batch: StagedUpdate[]): void {
    if (this.#destroyed) return
    const writers = new Set<Connection>()
    for (const { update, from } of batch) {
      this.#outbox.broadcast(updateMessage(update), from)
      this.#replication?.publishUpdate(update)
      if (from) writers.add(from)
    }
    for (const writer of writers) this.#outbox.acknowledge(writer)
    if (this.kind === 'content' && batch.length > 0) {
      let editor: string | undefined
      for (const writer of writers) editor = writer.claims.name ?? editor
      this.deps.onStored?.(this.name, editor)
    }
  }

  /** Replaces the stored log with one snapshot; runs beside the room's message chain, never blocking it. */
  async compact(): Promise<void> {
    if (this.#destroyed) return
    await this.#log.compact(
      this.#replication
        ? async (stored) => {
            if (stored.updates.length > 0) this.applyRemote(Y.mergeUpdates(stored.updates))
            await this.settled()
          }
        : undefined,
    )
  }

  /** Waits for every message received so far to be handled and stored. */
  async settled(): Promise<void> {
    await this.#tail
    await this.#log.durable()
  }

  /** Storage failed: drop the in-memory state and make clients resync from what was stored. */
  fail(): void {
    for (const conn of this.connections)
      conn.close(CloseCodes.StorageUnavailable.code, CloseCodes.StorageUnavailable.reason)
    this.destroy()
  }

  destroy(): void {
    if (this.#destroyed) return
    this.#destroyed = true
    this.#replication?.stop()
    this.connections.clear()
    this.#presence.destroy()
    this.hibernatingDoc.destroy()
  }
}
