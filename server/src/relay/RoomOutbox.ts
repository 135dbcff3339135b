import { CloseCodes } from '@jm/shared'
import type { Logger } from '../log.ts'
import type { RelayMetrics } from '../metrics.ts'
import type { Connection } from './Connection.ts'
import type { RelayLimits } from './limits.ts'
import { archivedMessage, permissionDeniedMessage, savedMessage } from './messages.ts'
import { reportRefusal } from './refusals.ts'

const ACK_DELAY_MS = 250
const READ_ONLY_REASON = 'your role can only read this board; changes sent here are not saved'

export interface OutboxDeps {
  limits: RelayLimits
  metrics: RelayMetrics
  log: Logger
}

/**
 * What a room sends to its connections: every message counted, a reader whose backlog grows past
 * the cap closed instead of buffered without end, writers' "saved" acknowledgements coalesced, and
 * a read-only sender told once that what it sends is not saved.
 */
export class RoomOutbox {
  constructor(
    private readonly room: string,
    private readonly connections: ReadonlySet<Connection>,
    private readonly deps: OutboxDeps,
    /** The state vector of what the room has stored, for acknowledgements. */
    private readonly savedStateVector: () => Uint8Array,
  ) {}

  /** To every connection that may read the room, except the one the message came from. */
  broadcast(message: Uint8Array, except?: Connection): void {
    for (const conn of this.connections) if (conn !== except && conn.access.read) this.send(conn, message)
  }

  send(conn: Connection, message: Uint8Array): void {
    if (conn.closed) return
    const cap = this.deps.limits.maxBufferedBytes
    const buffered = conn.socket.bufferedAmount
    if (buffered <= cap) conn.replyAllowance = 0
    else if (buffered > cap + conn.replyAllowance) {
      reportRefusal(this.deps, 'slow-reader', { room: this.room, address: conn.address, buffered })
      conn.close(CloseCodes.SlowReader.code, CloseCodes.SlowReader.reason)
      return
    }
    this.deps.metrics.messagesOut.inc()
    this.deps.metrics.bytesOut.inc(message.byteLength)
    conn.socket.send(message)
  }

  /**
   * Tells a writer which of its changes are stored: the stored state vector in an auth message of
   * subtype "saved", at most once per ACK_DELAY_MS. Stock clients ignore it; ours shows it.
   */
  acknowledge(conn: Connection): void {
    if (conn.ackTimer || conn.closed) return
    conn.ackTimer = setTimeout(() => {
      conn.ackTimer = undefined
      if (this.connections.has(conn)) this.send(conn, savedMessage(this.savedStateVector()))
    }, ACK_DELAY_MS)
  }

  /**
   * The board is archived (now, or before this connection joined): the connection only reads from
   * here on and is told why, so that its UI turns read-only instead of reporting refused writes.
   */
  tellArchived(conn: Connection): void {
    conn.access = { read: conn.access.read, write: false }
    conn.toldReadOnly = true
    if (conn.access.read) this.send(conn, archivedMessage())
  }

  /**
   * A read-only connection sent a change (e.g. a viewer whose copy holds edits made earlier with an
   * editor link): nothing of it is stored or shared, the socket stays open so live updates keep
   * arriving, and the sender is told once per connection (stock clients log the reason).
   */
  dropReadOnlyWrite(conn: Connection): void {
    this.deps.metrics.rejections.inc({ reason: 'read-only-write' })
    if (conn.toldReadOnly) return
    conn.toldReadOnly = true
    this.deps.log.warn('refused', { reason: 'read-only-write', room: this.room, role: conn.claims.role })
    this.send(conn, permissionDeniedMessage(READ_ONLY_REASON))
  }
}
