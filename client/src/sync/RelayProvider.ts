import { MessageType } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { ObservableV2 } from 'lib0/observable'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'
import { TabChannel } from './TabChannel.ts'

export interface RelayProviderOptions {
  params: Record<string, string>
  /** Longest wait between reconnection attempts (they back off from 200 ms). */
  maxBackoffTime: number
  connect: boolean
  /** The WebSocket class: the browser's by default (Node 20, where tests run it, has none). */
  WebSocket?: typeof WebSocket
}

type Status = 'connecting' | 'connected' | 'disconnected'

interface RelayEvents {
  status: (event: { status: Status }) => void
  /** The relay's first sync step 2 after connecting arrived (true), or the connection was lost (false). */
  sync: (synced: boolean) => void
  'connection-close': (event: CloseEvent | null) => void
  'connection-error': (event: Event) => void
  /** The relay closed with a code that retrying cannot help (4400-4499): no reconnection follows. */
  closed: (event: { code: number; reason: string }) => void
  /** The relay's state vector, as its sync step 1 carries it on joining. */
  'relay-state': (stateVector: Uint8Array) => void
  /** An update (or sync step 2) from the relay, applied with this provider as the origin. */
  received: (update: Uint8Array) => void
  /** An auth message (type 2): its subtype, and the bytes after it (see AuthSubtype). */
  auth: (subtype: number, payload: Uint8Array) => void
}

/** lib0 types the bytes it encodes as over any ArrayBufferLike; they are always over an ArrayBuffer. */
const asSent = (message: Uint8Array) => message as Uint8Array<ArrayBuffer>

/** With no message for this long (not even presence, renewed every 15 s), the socket is presumed dead. */
const SILENCE_MS = 30_000

/**
 * Our client of the relay, on y-protocols' sync and awareness messages over one websocket (the same
 * wire protocol as y-websocket's WebsocketProvider, which the tests still use against the relay).
 * What it adds for the app, through public members: the document's 'update' listener
 * (`sendUpdate`, which a caller may detach for loads the relay already has), and events for the
 * relay's state vector, the updates it sent and its auth messages, instead of patched handlers.
 * Close codes 4400-4499 are final, as RELAY.md defines them; other closes reconnect with backoff.
 */
export class RelayProvider extends ObservableV2<RelayEvents> {
  readonly awareness: awarenessProtocol.Awareness
  wsconnected = false
  wsconnecting = false
  #synced = false
  #ws: WebSocket | null = null
  #shouldConnect: boolean
  #failedAttempts = 0
  #lastMessageAt = 0
  readonly #watchdog: ReturnType<typeof setInterval>
  readonly #tabs: TabChannel

  constructor(
    readonly serverUrl: string,
    readonly room: string,
    readonly doc: Y.Doc,
    readonly options: RelayProviderOptions,
  ) {
    super()
    this.awareness = new awarenessProtocol.Awareness(doc)
    this.#shouldConnect = options.connect
    this.#tabs = new TabChannel(`${serverUrl}/${room}`, doc)
    doc.on('update', this.sendUpdate)
    this.awareness.on('update', this.#sendAwareness)
    this.#watchdog = setInterval(() => {
      if (this.wsconnected && Date.now() - this.#lastMessageAt > SILENCE_MS) this.#dropSocket(null)
    }, SILENCE_MS / 10)
    if (options.connect) this.connect()
  }

  get synced(): boolean {
    return this.#synced
  }

  get url(): string {
    return `${this.serverUrl}/${this.room}?${new URLSearchParams(this.options.params)}`
  }

  /** The document's 'update' listener: sends a change made here (or in another tab) to the relay. */
  readonly sendUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.sync)
    syncProtocol.writeUpdate(encoder, update)
    this.#send(encoding.toUint8Array(encoder))
    if (origin !== this.#tabs) this.#tabs.sendUpdate(update)
  }

  connect(): void {
    this.#shouldConnect = true
    if (this.#ws === null) {
      this.#open()
      this.#tabs.join()
    }
  }

  disconnect(): void {
    this.#shouldConnect = false
    // Tell the others this client left, while the socket is still open.
    this.#send(this.#awarenessMessage([this.doc.clientID], new Map()))
    this.#tabs.leave()
    if (this.#ws !== null) this.#dropSocket(null)
  }

  override destroy(): void {
    clearInterval(this.#watchdog)
    this.disconnect()
    this.awareness.off('update', this.#sendAwareness)
    this.doc.off('update', this.sendUpdate)
    super.destroy()
  }

  #setSynced(synced: boolean): void {
    if (this.#synced === synced) return
    this.#synced = synced
    if (synced) this.#failedAttempts = 0
    this.emit('sync', [synced])
  }

  #open(): void {
    if (!this.#shouldConnect || this.#ws !== null) return
    const ws = new (this.options.WebSocket ?? WebSocket)(this.url)
    ws.binaryType = 'arraybuffer'
    this.#ws = ws
    this.wsconnecting = true
    this.wsconnected = false
    this.#setSynced(false)
    ws.onmessage = (event: MessageEvent<ArrayBuffer>) => {
      if (this.#ws !== ws) return
      this.#lastMessageAt = Date.now()
      const reply = this.#receive(new Uint8Array(event.data))
      if (reply) ws.send(asSent(reply))
    }
    ws.onerror = (event) => {
      if (this.#ws === ws) this.emit('connection-error', [event])
    }
    ws.onclose = (event) => {
      if (this.#ws === ws) this.#dropSocket(event)
    }
    ws.onopen = () => {
      if (this.#ws !== ws) return
      this.#lastMessageAt = Date.now()
      this.wsconnecting = false
      this.wsconnected = true
      this.emit('status', [{ status: 'connected' }])
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.sync)
      syncProtocol.writeSyncStep1(encoder, this.doc)
      ws.send(asSent(encoding.toUint8Array(encoder)))
      if (this.awareness.getLocalState() !== null)
        ws.send(asSent(this.#awarenessMessage([this.doc.clientID])))
    }
    this.emit('status', [{ status: 'connecting' }])
  }

  /** Handles one message from the relay; returns the reply to send, if any. */
  #receive(message: Uint8Array): Uint8Array | null {
    const decoder = decoding.createDecoder(message)
    const encoder = encoding.createEncoder()
    const type = decoding.readVarUint(decoder)
    if (type === MessageType.sync) {
      encoding.writeVarUint(encoder, MessageType.sync)
      const peek = decoding.clone(decoder)
      const syncType = decoding.readVarUint(peek)
      const payload = decoding.readVarUint8Array(peek)
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, this)
      if (syncType === syncProtocol.messageYjsSyncStep1) this.emit('relay-state', [payload])
      else this.emit('received', [payload])
      if (syncType === syncProtocol.messageYjsSyncStep2) this.#setSynced(true)
    } else if (type === MessageType.awareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this)
    } else if (type === MessageType.queryAwareness) {
      return this.#awarenessMessage([...this.awareness.getStates().keys()])
    } else if (type === MessageType.auth) {
      const subtype = decoding.readVarUint(decoder)
      this.emit('auth', [subtype, decoder.arr.subarray(decoder.pos)])
    }
    return encoding.length(encoder) > 1 ? encoding.toUint8Array(encoder) : null
  }

  /** Forgets the socket (closing it if needed) and, unless told to stay away, tries again later. */
  #dropSocket(event: CloseEvent | null): void {
    const ws = this.#ws
    if (!ws) return
    this.emit('connection-close', [event])
    this.#ws = null
    ws.onmessage = ws.onopen = ws.onclose = null
    ws.onerror = () => {}
    ws.close()
    this.wsconnecting = false
    if (this.wsconnected) {
      this.wsconnected = false
      this.#setSynced(false)
      const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID)
      awarenessProtocol.removeAwarenessStates(this.awareness, others, this)
      this.emit('status', [{ status: 'disconnected' }])
    }
    this.#failedAttempts++
    const final = event !== null && event.code >= 4400 && event.code < 4500
    if (final) this.#shouldConnect = false
    const backoff = Math.min(2 ** this.#failedAttempts * 100, this.options.maxBackoffTime)
    setTimeout(() => this.#open(), backoff)
    if (final) this.emit('closed', [{ code: event.code, reason: event.reason }])
  }

  readonly #sendAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    _origin: unknown,
  ): void => {
    this.#send(this.#awarenessMessage([...added, ...updated, ...removed]))
  }

  #awarenessMessage(clients: number[], states?: Map<number, Record<string, unknown>>): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.awareness)
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients, states),
    )
    return encoding.toUint8Array(encoder)
  }

  #send(message: Uint8Array): void {
    const ws = this.#ws
    if (this.wsconnected && ws && ws.readyState === ws.OPEN) ws.send(asSent(message))
  }
}
