import { AuthSubtype, MessageType, type RefusedChanges } from '@jm/shared'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'

/** Encoders of the y-websocket messages the relay sends (see y-protocols PROTOCOL.md). */

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A sync step 1: the server's state vector (sent when a client joins). */
export function stateVectorMessage(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** "Your changes up to this state vector are stored": an auth message stock clients ignore. */
export function savedMessage(storedStateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.auth)
  encoding.writeVarUint(encoder, AuthSubtype.saved)
  encoding.writeVarUint8Array(encoder, storedStateVector)
  return encoding.toUint8Array(encoder)
}

/** y-protocols' "permission denied" with a reason: stock clients log it and stay connected. */
export function permissionDeniedMessage(reason: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.auth)
  encoding.writeVarUint(encoder, AuthSubtype.permissionDenied)
  encoding.writeVarString(encoder, reason)
  return encoding.toUint8Array(encoder)
}

/** "The board is archived: this connection only reads": an auth message stock clients ignore. */
export function archivedMessage(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.auth)
  encoding.writeVarUint(encoder, AuthSubtype.archived)
  return encoding.toUint8Array(encoder)
}

/** "This part of your update was undone, and why": an auth message stock clients ignore. */
export function refusedMessage(refused: RefusedChanges): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.auth)
  encoding.writeVarUint(encoder, AuthSubtype.refused)
  encoding.writeVarString(encoder, JSON.stringify(refused))
  return encoding.toUint8Array(encoder)
}

/** A sync step 2: what the peer lacks, as one update. */
export function syncStep2Message(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(encoder)
}
