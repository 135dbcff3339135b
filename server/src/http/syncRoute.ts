import type { Socket } from 'node:net'
import { CloseCodes, parseRoom, roomAccess } from '@jm/shared'
import type { UpgradeWebSocket, WSContext, WSEvents } from 'hono/ws'
import type { WebSocket } from 'ws'
import type { TokenSigner } from '../auth/tokens.ts'
import type { Logger } from '../log.ts'
import type { RelayMetrics } from '../metrics.ts'
import { Connection } from '../relay/Connection.ts'
import type { RelayLimits } from '../relay/limits.ts'
import type { RoomRegistry } from '../relay/RoomRegistry.ts'
import { reportRefusal } from '../relay/refusals.ts'
import type { SocketLike } from '../relay/SocketLike.ts'
import type { BoardStore } from '../storage/DocStore.ts'
import type { WorkspaceDirectory } from '../workspaces/WorkspaceDirectory.ts'
import { isTokenOfDeletedBoard, verifyBoardToken } from './boardAuth.ts'

export interface SyncRouteDeps {
  signer: TokenSigner
  boards: BoardStore
  rooms: RoomRegistry
  /** Where boards live: an archived board's rooms are read-only for every role. */
  directory: WorkspaceDirectory
  limits: RelayLimits
  metrics: RelayMetrics
  log: Logger
  connectionsByAddress: Map<string, number>
  /** False once shutdown began: new sockets are closed with 1012 so clients retry elsewhere/later. */
  accepting(): boolean
}

type Refuse = { code: number; reason: string; metric: string }

const CORK_BELOW_BYTES = 64 * 1024

/**
 * `socket` is the upgraded request's TCP socket (Node's `upgrade` event hands ws that same socket),
 * or undefined when the app is called without one.
 */
function adapt(ws: WSContext<WebSocket>, socket: Socket | undefined): SocketLike {
  const raw = ws.raw
  if (!raw) throw new Error('the websocket adapter did not expose the ws socket')
  // ws writes each frame with a system call of its own. Small messages for one socket sent within one
  // turn of the event loop (a batch of updates, the replies to a join) go out in one write instead:
  // the socket is corked at the first and uncorked once the turn's callbacks have run (20 writers in
  // one room: 2.3x the updates per second). A large message (a whole board) is not held back.
  let corked = false
  const uncork = () => {
    corked = false
    socket?.uncork()
  }
  return {
    send: (data) => {
      if (socket && !corked && data.byteLength < CORK_BELOW_BYTES) {
        corked = true
        socket.cork()
        setImmediate(uncork)
      }
      raw.send(data)
    },
    close: (code, reason) => ws.close(code, reason),
    get bufferedAmount() {
      return raw.bufferedAmount
    },
  }
}

/** `/sync/:room`: translates websocket events into relay calls; all protocol work is in Room. */
export function syncHandler(upgrade: UpgradeWebSocket<WebSocket>, deps: SyncRouteDeps) {
  const onHandlerError = (error: unknown) => {
    // @hono/node-ws reports socket errors through `new ErrorEvent`, which Node 20 lacks; the raw
    // listener in onOpen has already handled those.
    if (error instanceof ReferenceError && error.message.includes('ErrorEvent')) return
    deps.log.error('websocket handler failed', { error: String(error) })
  }
  return upgrade(
    async (c): Promise<WSEvents<WebSocket>> => {
      const name = c.req.param('room') ?? ''
      const tcp: Socket | undefined = c.env?.incoming?.socket
      const address = tcp?.remoteAddress ?? 'unknown'
      const parsed = parseRoom(name)
      const claims = parsed
        ? await verifyBoardToken(deps.signer, deps.boards, c.req.query('token'), parsed.board)
        : null
      let refusal: Refuse | null = null
      if (!parsed || !claims) refusal = { ...CloseCodes.Unauthorized, metric: 'unauthorized' }
      if (
        parsed &&
        !claims &&
        (await isTokenOfDeletedBoard(deps.signer, deps.boards, c.req.query('token'), parsed.board))
      )
        refusal = { ...CloseCodes.Deleted, metric: 'deleted' }
      const access =
        parsed && claims ? roomAccess(parsed, claims.role, claims.participant) : { read: false, write: false }
      const archived = parsed ? (await deps.directory.placementNow(parsed.board))?.archived === true : false
      if (!refusal && !access.read) refusal = { ...CloseCodes.Forbidden, metric: 'forbidden' }
      let conn: Connection | null = null

      return {
        onOpen(_event, ws) {
          // The ws library found a broken frame (bad RSV bits, reserved opcode, unmasked, over
          // maxPayload) and closes the socket itself with 1002 or 1009; count and log it here.
          // (Listening on the raw socket: @hono/node-ws 1.3.1 cannot build its ErrorEvent on Node 20.)
          ws.raw?.on('error', (error: Error & { code?: string }) => {
            const reason = error.code?.startsWith('WS_ERR_') ? 'bad-frame' : 'socket-error'
            reportRefusal(deps, reason, { room: name, address, detail: error.code ?? error.message })
          })
          if (!refusal && !deps.accepting())
            refusal = { ...CloseCodes.ServerRestart, metric: 'shutting-down' }
          // The board may have been deleted while the token was being checked.
          if (!refusal && parsed && deps.rooms.isDeleted(parsed.board))
            refusal = { ...CloseCodes.Deleted, metric: 'deleted' }
          const room = refusal ? undefined : deps.rooms.open(name)
          if (!refusal && room && room.connections.size >= deps.limits.maxConnectionsPerRoom) {
            refusal = { ...CloseCodes.RoomFull, metric: 'room-full' }
          }
          if (
            !refusal &&
            (deps.connectionsByAddress.get(address) ?? 0) >= deps.limits.maxConnectionsPerAddress
          ) {
            refusal = { ...CloseCodes.TooManyFromAddress, metric: 'address-full' }
          }
          if (refusal || !room || !claims) {
            const r = refusal ?? { ...CloseCodes.Unauthorized, metric: 'unauthorized' }
            reportRefusal(deps, r.metric, { room: name, address })
            ws.close(r.code, r.reason)
            if (room) deps.rooms.release(room)
            return
          }
          conn = new Connection(adapt(ws, tcp), claims, access, address)
          // Archived before or while the token was being checked: read-only from the start.
          conn.archived = archived || deps.directory.archivedNow(claims.board)
          deps.connectionsByAddress.set(address, (deps.connectionsByAddress.get(address) ?? 0) + 1)
          deps.metrics.connections.inc()
          room.join(conn)
        },
        onMessage(event) {
          if (!conn) return
          const room = deps.rooms.get(name)
          if (!room) return
          deps.metrics.messagesIn.inc()
          if (typeof event.data === 'string') {
            reportRefusal(deps, 'text-frame', { room: name, address })
            conn.refuse(CloseCodes.Malformed.code, 'text frames are not part of the protocol')
            return
          }
          const data = event.data instanceof ArrayBuffer ? new Uint8Array(event.data) : new Uint8Array(0)
          deps.metrics.bytesIn.inc(data.byteLength)
          room.receive(conn, data)
        },
        onClose() {
          if (!conn) return
          conn.closed = true
          deps.metrics.connections.dec()
          const left = (deps.connectionsByAddress.get(address) ?? 1) - 1
          if (left > 0) deps.connectionsByAddress.set(address, left)
          else deps.connectionsByAddress.delete(address)
          const room = deps.rooms.get(name)
          if (room) {
            room.leave(conn)
            deps.rooms.release(room)
          }
        },
      }
    },
    { onError: onHandlerError },
  )
}
