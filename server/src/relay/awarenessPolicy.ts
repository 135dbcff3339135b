import { CloseCodes } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import type { Awareness } from 'y-protocols/awareness'
import { type AwarenessEntry, readAwarenessEntries, writeAwarenessEntries } from './awarenessEntries.ts'
import type { Connection } from './Connection.ts'
import { Refusal } from './refusals.ts'

export type AwarenessSorting =
  | { ok: true; own: AwarenessEntry[]; echoes: number; contested: number }
  | { ok: false; foreignId: number }

/**
 * Splits an awareness update into the entries this connection may set and harmless echoes.
 * A connection speaks for one client id: the first it uses, unless another connection holds it
 * (a reconnect of the same participant takes it over). The stock y-websocket client re-sends every
 * awareness change it receives, so entries for other ids that are no newer than what the room
 * knows, or that only remove a state, are echoes and are dropped quietly. A connection that has
 * an id and sends a newer state for another is impersonating: the whole update is refused. A
 * connection without an id yet that asks for one another connection holds is dropped but not
 * refused ("contested"): it may be a reconnect whose old socket the server has not seen die yet
 * (the heartbeat cuts that one off, and the id becomes free).
 */
export function sortAwarenessEntries(
  awareness: Awareness,
  connections: Iterable<Connection>,
  conn: Connection,
  entries: AwarenessEntry[],
): AwarenessSorting {
  const own: AwarenessEntry[] = []
  let echoes = 0
  let contested = 0
  for (const entry of entries) {
    if (conn.awarenessIds.has(entry.id)) {
      own.push(entry)
      continue
    }
    const known = awareness.meta.get(entry.id)
    const removal = entry.state === 'null'
    if (removal || (known !== undefined && entry.clock <= known.clock)) {
      echoes++
      continue
    }
    if (conn.awarenessIds.size > 0) return { ok: false, foreignId: entry.id }
    if (!claimFromOthers(connections, conn, entry.id)) {
      contested++
      continue
    }
    conn.awarenessIds.add(entry.id)
    own.push(entry)
  }
  return { ok: true, own, echoes, contested }
}

function claimFromOthers(connections: Iterable<Connection>, conn: Connection, id: number): boolean {
  for (const other of connections) {
    if (other === conn || !other.awarenessIds.has(id)) continue
    const sameParticipant =
      other.claims.participant !== undefined && other.claims.participant === conn.claims.participant
    if (!sameParticipant) return false
    other.awarenessIds.delete(id)
  }
  return true
}

/**
 * Reads a client's awareness message: the update to apply for it (only its own entries; null when
 * there are none) and how many entries were contested. Throws a Refusal when the message is
 * malformed or sets another client's state.
 */
export function ownAwarenessUpdate(
  awareness: Awareness,
  connections: Iterable<Connection>,
  conn: Connection,
  decoder: decoding.Decoder,
): { update: Uint8Array | null; contested: number } {
  let update: Uint8Array
  let sorting: AwarenessSorting
  try {
    update = decoding.readVarUint8Array(decoder)
    if (decoding.hasContent(decoder)) throw new Error('trailing bytes')
    sorting = sortAwarenessEntries(awareness, connections, conn, readAwarenessEntries(update))
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
  if (sorting.own.length === 0) return { update: null, contested: sorting.contested }
  const own = sorting.echoes + sorting.contested === 0 ? update : writeAwarenessEntries(sorting.own)
  return { update: own, contested: sorting.contested }
}
