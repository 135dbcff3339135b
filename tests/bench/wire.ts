import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/**
 * The servers the bench drives with the same load: our relay alone, the two peers, and three of our
 * relays sharing rooms through Redis with PostgreSQL storage (clients spread over the instances).
 */
export const SERVER_KINDS = ['relay', 'y-websocket', 'hocuspocus', 'relay-cluster'] as const
export type ServerKind = (typeof SERVER_KINDS)[number]

/** Where one load client connects: a websocket url, the room, and the room's token if any. */
export interface RoomTicket {
  kind: ServerKind
  url: string
  room: string
  token: string
}

// y-protocols message types (shared by all three) and the hocuspocus additions the client must know.
export const MSG_SYNC = 0
export const MSG_AWARENESS = 1
export const MSG_AUTH = 2
/** Hocuspocus: the sync step 2 answering a client's step 1 (same layout as MSG_SYNC). */
export const MSG_SYNC_REPLY = 4
const AUTH_TOKEN = 0
const AUTH_PERMISSION_DENIED = 1
const AUTH_AUTHENTICATED = 2

/**
 * The per-server framing of the y-websocket protocol. Our relay and the reference server take the
 * room from the url and send bare messages; hocuspocus multiplexes documents over one socket, so every
 * message starts with the document name, and it ignores everything until an auth message arrives.
 */
export interface Dialect {
  /** Wraps a bare y-protocols message for the wire. */
  frame(message: Uint8Array): Uint8Array
  /** Messages to send right after the socket opens, before the sync step 1. */
  opening(): Uint8Array[]
  /** A decoder positioned at the message type, or null for a message of another document. */
  open(data: Uint8Array): decoding.Decoder | null
}

export function urlFor(kind: ServerKind, base: string, room: string, token: string): string {
  if (kind === 'relay' || kind === 'relay-cluster')
    return `${base}/${room}?token=${encodeURIComponent(token)}`
  if (kind === 'y-websocket') return `${base}/${room}`
  return base
}

export function dialectFor(ticket: RoomTicket): Dialect {
  if (ticket.kind !== 'hocuspocus') {
    return { frame: (message) => message, opening: () => [], open: (data) => decoding.createDecoder(data) }
  }
  const frame = (message: Uint8Array) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarString(encoder, ticket.room)
    encoding.writeUint8Array(encoder, message)
    return encoding.toUint8Array(encoder)
  }
  return {
    frame,
    opening() {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MSG_AUTH)
      encoding.writeVarUint(encoder, AUTH_TOKEN)
      encoding.writeVarString(encoder, ticket.token)
      return [frame(encoding.toUint8Array(encoder))]
    },
    open(data) {
      const decoder = decoding.createDecoder(data)
      return decoding.readVarString(decoder) === ticket.room ? decoder : null
    },
  }
}

/** Reads a hocuspocus auth answer (after the type): true when authenticated, an error when refused. */
export function readAuthAnswer(decoder: decoding.Decoder): boolean {
  const answer = decoding.readVarUint(decoder)
  if (answer === AUTH_PERMISSION_DENIED)
    throw new Error(`permission denied: ${decoding.readVarString(decoder)}`)
  return answer === AUTH_AUTHENTICATED
}
