import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

const SYNC = 0
const AWARENESS = 1
const AUTH = 2
const QUERY_AWARENESS = 3

/**
 * A y-protocols client without the provider's politeness: it sends exactly the messages a test
 * builds, so a test can play a tampering or broken client.
 */
export interface RawClient {
  ws: WebSocket
  /** Every binary message received so far. */
  received: Uint8Array[]
  closed: Promise<{ code: number; reason: string }>
  send(message: Uint8Array): void
  /** Resolves once a message matching `test` has arrived. */
  next(test: (message: Uint8Array) => boolean): Promise<Uint8Array>
  close(): void
}

export async function connectRaw(wsUrl: string, room: string, token: string): Promise<RawClient> {
  const ws = new WebSocket(`${wsUrl}/${room}?token=${encodeURIComponent(token)}`)
  ws.binaryType = 'nodebuffer'
  const received: Uint8Array[] = []
  const waiters = new Set<{ test: (m: Uint8Array) => boolean; resolve: (m: Uint8Array) => void }>()
  ws.on('message', (data: Buffer) => {
    const message = new Uint8Array(data)
    received.push(message)
    for (const waiter of [...waiters]) {
      if (waiter.test(message)) {
        waiters.delete(waiter)
        waiter.resolve(message)
      }
    }
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  return {
    ws,
    received,
    closed,
    send: (message) => ws.send(message),
    next(test) {
      const earlier = received.find(test)
      if (earlier) return Promise.resolve(earlier)
      return new Promise((resolve) => waiters.add({ test, resolve }))
    },
    close: () => ws.close(),
  }
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, SYNC)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, SYNC)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function awarenessUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, AWARENESS)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** An awareness update claiming to speak for `clientId`. */
export function awarenessFor(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, JSON.stringify(state))
  return awarenessUpdateMessage(encoding.toUint8Array(encoder))
}

export const queryAwarenessMessage = (): Uint8Array => new Uint8Array([QUERY_AWARENESS])

export function isSyncStep2(message: Uint8Array): boolean {
  const decoder = decoding.createDecoder(message)
  return (
    decoding.readVarUint(decoder) === SYNC &&
    decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
  )
}

export const isAwareness = (message: Uint8Array): boolean => message[0] === AWARENESS

/** An auth message's subtype and text (a reason, or JSON), or null for any other message. */
export function authMessageOf(message: Uint8Array): { subtype: number; text: string } | null {
  const decoder = decoding.createDecoder(message)
  if (decoding.readVarUint(decoder) !== AUTH) return null
  const subtype = decoding.readVarUint(decoder)
  // "saved" carries a state vector, not text.
  if (subtype === 1) return { subtype, text: '' }
  return { subtype, text: decoding.readVarString(decoder) }
}

/** The client ids and states of an awareness message. */
export function awarenessStatesOf(message: Uint8Array): Map<number, unknown> {
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder)
  const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder))
  const states = new Map<number, unknown>()
  const count = decoding.readVarUint(inner)
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(inner)
    decoding.readVarUint(inner)
    states.set(id, JSON.parse(decoding.readVarString(inner)))
  }
  return states
}

/** An update inserting `size` characters into a Y.Text, as one client would send it. */
export function bigUpdate(size: number, key = 'big'): Uint8Array {
  const doc = new Y.Doc()
  doc.getText(key).insert(0, 'x'.repeat(size))
  return Y.encodeStateAsUpdate(doc)
}
