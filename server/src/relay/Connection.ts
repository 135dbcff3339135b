import type { RoomAccess } from '@jm/shared'
import type { TokenClaims } from '@jm/shared/api'
import type { SocketLike } from './SocketLike.ts'

/** One socket in one room, with what its token allows and the awareness client id it controls. */
export class Connection {
  /** At most one: the first client id this connection announced in awareness. */
  readonly awarenessIds = new Set<number>()
  /** Nothing more is sent once the socket is closing or closed. */
  closed = false
  /**
   * Set when the relay refused this connection (bad input, revoked link): messages of it still
   * queued are dropped. A connection closed for other reasons (slow reader, shutdown, the client
   * leaving) keeps having what it sent before closing handled and stored.
   */
  refused = false
  /**
   * Bytes of the last sync reply sent, allowed on top of the slow-reader cap until the backlog is back
   * under it: a board larger than the cap takes a while to reach a client on a slow line, and
   * messages to it meanwhile must not have it closed (it would then never manage to join).
   */
  replyAllowance = 0
  /** Set once a read-only connection was told that what it sends is not saved. */
  toldReadOnly = false
  /** The board was archived when this socket was let in: it is told so before anything else. */
  archived = false
  /** Pending "your changes are stored" acknowledgement (an auth message of subtype "saved"). */
  ackTimer: NodeJS.Timeout | undefined

  constructor(
    readonly socket: SocketLike,
    readonly claims: TokenClaims,
    /** What the token allows here; narrowed to reading while the board is archived. */
    public access: RoomAccess,
    readonly address: string,
  ) {}

  close(code: number, reason: string): void {
    if (this.closed) return
    this.closed = true
    clearTimeout(this.ackTimer)
    this.socket.close(code, reason)
  }

  refuse(code: number, reason: string): void {
    this.refused = true
    this.close(code, reason)
  }
}
