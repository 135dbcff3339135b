import { CloseCodes } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { Refusal } from './refusals.ts'

/** A client's sync message, read and checked: a request for what it lacks, or changes (maybe none). */
export type ClientSync =
  | { kind: 'request'; stateVector: Uint8Array }
  | { kind: 'changes'; update: Uint8Array; decoded: ReturnType<typeof Y.decodeUpdate> }
  | { kind: 'nothing' }

/** Reads a sync message (after its type); throws a Refusal naming what is wrong with a bad one. */
export function readClientSync(decoder: decoding.Decoder): ClientSync {
  let subtype: number
  let payload: Uint8Array
  try {
    subtype = decoding.readVarUint(decoder)
    payload = decoding.readVarUint8Array(decoder)
  } catch {
    throw new Refusal(CloseCodes.Malformed, 'malformed')
  }
  if (decoding.hasContent(decoder)) throw new Refusal(CloseCodes.Malformed, 'trailing-bytes')
  if (subtype === syncProtocol.messageYjsSyncStep1) return { kind: 'request', stateVector: payload }
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
  if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return { kind: 'nothing' }
  return { kind: 'changes', update: payload, decoded }
}
