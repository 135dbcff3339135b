import type { AwarenessChange } from '@jm/shared'
import type * as decoding from 'lib0/decoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { REMOTE_ORIGIN } from '../bus/RoomReplication.ts'
import { ownAwarenessUpdate } from './awarenessPolicy.ts'
import type { Connection } from './Connection.ts'
import { awarenessMessage } from './messages.ts'

export interface PresenceRoom {
  readonly name: string
  readonly connections: ReadonlySet<Connection>
  broadcast(message: Uint8Array): void
  /** Shares changed entries with other instances (scale-out only). */
  publish(changed: number[]): void
  /** A connection sent a state for a client id another connection holds. */
  contested(conn: Connection): void
}

/**
 * Who is in a room (cursors, names, selections): y-protocols awareness, with each connection
 * allowed to speak only for its own client id. It has a small document of its own, so presence
 * flowing through a quiet room does not wake its hibernating board document.
 */
export class RoomPresence {
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc())

  constructor(private readonly room: PresenceRoom) {
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.#onUpdate)
  }

  get empty(): boolean {
    return this.awareness.getStates().size === 0
  }

  /** Everyone's current state, for a connection that just joined or asked. */
  everyone(): Uint8Array {
    return awarenessMessage(this.awareness, [...this.awareness.getStates().keys()])
  }

  receive(conn: Connection, decoder: decoding.Decoder): void {
    // Presence of someone who already left would never be removed: ignore it.
    if (!this.room.connections.has(conn)) return
    const { update, contested } = ownAwarenessUpdate(this.awareness, this.room.connections, conn, decoder)
    if (contested > 0) this.room.contested(conn)
    if (update) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn)
  }

  /** Removes what a connection that left had announced. */
  leave(conn: Connection): void {
    if (conn.awarenessIds.size > 0)
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null)
  }

  destroy(): void {
    this.awareness.off('update', this.#onUpdate)
    this.awareness.destroy()
  }

  #onUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const changed = [...added, ...updated, ...removed]
    if (changed.length === 0) return
    if (origin && typeof origin === 'object' && 'awarenessIds' in origin) {
      const conn = origin as Connection
      for (const id of removed) conn.awarenessIds.delete(id)
    }
    this.room.broadcast(awarenessMessage(this.awareness, changed))
    if (origin !== REMOTE_ORIGIN) this.room.publish(changed)
  }
}
