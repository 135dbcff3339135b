import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { type Marker, markerText, nowMs, scanMarkers } from '../markers.ts'
import {
  type Dialect,
  dialectFor,
  MSG_AUTH,
  MSG_SYNC,
  MSG_SYNC_REPLY,
  type RoomTicket,
  readAuthAnswer,
} from '../wire.ts'

export interface LoadClientOptions {
  ticket: RoomTicket
  /** This client's writer number, written into its markers. */
  id: number
  /** Content the client starts with; it reaches the server in the handshake's sync step 2. */
  seed?: Uint8Array
  /** Integrates everything received into a Y.Doc, as a real client does (for timed syncs and checks). */
  keepDoc?: boolean
  /** Called for each marker in an update the server relays, with the time it arrived. */
  onMarker?: (marker: Marker, receivedAt: number) => void
}

/**
 * A minimal y-websocket protocol client: it syncs, writes markers, and scans relayed updates for
 * markers without integrating them (unless keepDoc). Speaks each server's framing through a Dialect.
 */
export class LoadClient {
  readonly local = new Y.Doc()
  readonly received: Y.Doc | null
  readonly synced: Promise<void>
  readonly closed: Promise<{ code: number; reason: string }>
  /** Bytes received so far, and by the moment of the first sync. */
  bytesIn = 0
  bytesAtSync = 0
  /** performance.now() when the room's content (sync step 2) arrived, before it was integrated. */
  syncArrivedAt = 0
  isClosed = false
  readonly #socket: WebSocket
  readonly #dialect: Dialect
  readonly #options: LoadClientOptions
  #markSynced: () => void = () => {}
  #failSync: (error: Error) => void = () => {}
  #isSynced = false

  constructor(options: LoadClientOptions) {
    this.#options = options
    this.#dialect = dialectFor(options.ticket)
    this.received = options.keepDoc ? new Y.Doc() : null
    if (options.seed) Y.applyUpdate(this.local, options.seed)
    this.local.on('update', (update: Uint8Array) =>
      this.#send(MSG_SYNC, syncProtocol.messageYjsUpdate, update),
    )
    this.synced = new Promise<void>((resolve, reject) => {
      this.#markSynced = resolve
      this.#failSync = reject
    })
    this.synced.catch(() => {})
    this.#socket = new WebSocket(options.ticket.url, { perMessageDeflate: false })
    this.#socket.binaryType = 'nodebuffer'
    this.#socket.on('open', () => {
      for (const message of this.#dialect.opening()) this.#socket.send(message)
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MSG_SYNC)
      syncProtocol.writeSyncStep1(encoder, this.local)
      this.#socket.send(this.#dialect.frame(encoding.toUint8Array(encoder)))
    })
    this.#socket.on('message', (data: Buffer) => this.#receive(data))
    this.#socket.on('error', (error) => this.#failSync(error))
    this.closed = new Promise((resolve) => {
      this.#socket.on('close', (code, reason) => {
        this.isClosed = true
        this.#failSync(new Error(`closed before sync: ${code} ${reason.toString()}`))
        resolve({ code, reason: reason.toString() })
      })
    })
  }

  get id(): number {
    return this.#options.id
  }

  /** Writes one marker (a map entry this client overwrites each time). */
  write(seq: number): void {
    this.local.getMap('bench').set(String(this.#options.id), markerText(this.#options.id, seq))
  }

  close(): Promise<{ code: number; reason: string }> {
    if (!this.isClosed) this.#socket.close()
    return this.closed
  }

  #send(type: number, subtype: number, payload: Uint8Array): void {
    if (this.#socket.readyState !== WebSocket.OPEN) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, type)
    encoding.writeVarUint(encoder, subtype)
    encoding.writeVarUint8Array(encoder, payload)
    this.#socket.send(this.#dialect.frame(encoding.toUint8Array(encoder)))
  }

  #receive(data: Buffer): void {
    const receivedAt = nowMs()
    this.bytesIn += data.byteLength
    const decoder = this.#dialect.open(data)
    if (!decoder) return
    const type = decoding.readVarUint(decoder)
    if (type === MSG_AUTH) {
      try {
        readAuthAnswer(decoder)
      } catch (error) {
        this.#failSync(error as Error)
      }
      return
    }
    if (type !== MSG_SYNC && type !== MSG_SYNC_REPLY) return
    const subtype = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (subtype === syncProtocol.messageYjsSyncStep1) {
      this.#send(MSG_SYNC, syncProtocol.messageYjsSyncStep2, Y.encodeStateAsUpdate(this.local, payload))
      return
    }
    const isFirstSync = subtype === syncProtocol.messageYjsSyncStep2 && !this.#isSynced
    if (isFirstSync) this.syncArrivedAt = performance.now()
    if (this.received) Y.applyUpdate(this.received, payload)
    if (isFirstSync) {
      this.#isSynced = true
      this.bytesAtSync = this.bytesIn
      this.#markSynced()
    } else if (subtype === syncProtocol.messageYjsUpdate && this.#options.onMarker) {
      const onMarker = this.#options.onMarker
      scanMarkers(payload, (marker) => onMarker(marker, receivedAt))
    }
  }
}
