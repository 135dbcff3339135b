import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'

/** A sync step 1 from a tab that just joined: answered, and asked back, so both learn what they lack. */
const HELLO = 0
/** Any other y-protocols sync message (a step 2 or an update). */
const SYNC = 1

/**
 * Keeps the tabs of this browser that have the same room open in step, offline too, over a
 * BroadcastChannel. A joining tab sends only its state vector and each tab answers with what the
 * other lacks, so joining costs the difference rather than an encoding of the whole document. Updates
 * applied from here carry this channel as their origin.
 */
export class TabChannel {
  #channel: BroadcastChannel | null = null

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
  ) {}

  join(): void {
    if (this.#channel || typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(this.name)
    channel.onmessage = (event: MessageEvent<Uint8Array>) => this.#receive(event.data)
    this.#channel = channel
    this.#post(HELLO, (encoder) => syncProtocol.writeSyncStep1(encoder, this.doc))
  }

  leave(): void {
    this.#channel?.close()
    this.#channel = null
  }

  sendUpdate(update: Uint8Array): void {
    this.#post(SYNC, (encoder) => syncProtocol.writeUpdate(encoder, update))
  }

  #receive(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message)
    const kind = decoding.readVarUint(decoder)
    const reply = encoding.createEncoder()
    syncProtocol.readSyncMessage(decoder, reply, this.doc, this)
    if (encoding.length(reply) > 0)
      this.#post(SYNC, (encoder) => encoding.writeUint8Array(encoder, encoding.toUint8Array(reply)))
    if (kind === HELLO) this.#post(SYNC, (encoder) => syncProtocol.writeSyncStep1(encoder, this.doc))
  }

  #post(kind: number, write: (encoder: encoding.Encoder) => void): void {
    if (!this.#channel) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, kind)
    write(encoder)
    this.#channel.postMessage(encoding.toUint8Array(encoder))
  }
}
