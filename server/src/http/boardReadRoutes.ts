import { ROLES, readActions, readBoardMeta } from '@jm/shared'
import { type BoardActionList, type BoardSummary, toBoardActionItem } from '@jm/shared/api'
import { type Context, Hono } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { RoomRegistry } from '../relay/RoomRegistry.ts'
import type { BoardStore } from '../storage/DocStore.ts'
import { binaryBody } from './binaryBody.ts'
import { type AuthEnv, requireBoardRole } from './boardAuth.ts'

export interface BoardReadRoutesDeps {
  boards: BoardStore
  signer: TokenSigner
  rooms: RoomRegistry
}

/**
 * `GET /api/boards/:id`: the board's title and language and the token's role, so the page a share
 * link opens can say which board one is joining.
 *
 * `GET /api/boards/:id/state`: the board's stored state as one Yjs update, for any role that may
 * read it. A browser without a copy of the board fetches it as the page starts, in parallel with
 * loading the app and gzipped on the wire, then joins the relay with its state vector so the socket
 * carries only what changed since. Like the relay's sync reply, it holds only what is durable,
 * and is served only once the room is loaded.
 *
 * `GET /api/boards/:id/actions`: the board's actions, for issue trackers and other outside tools.
 */
export function boardReadRoutes(deps: BoardReadRoutesDeps): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>()
  const anyRole = requireBoardRole(deps.signer, deps.boards, ROLES)
  const deleted = (c: Context) => c.json({ error: 'this board was deleted' }, 410)
  routes.get('/:id', anyRole, async (c) => {
    const id = c.req.param('id')
    if (deps.rooms.isDeleted(id)) return deleted(c)
    const { title, locale } = await deps.rooms.read(id, readBoardMeta)
    return c.json({ id, title, locale, role: c.get('claims').role } satisfies BoardSummary)
  })
  routes.get('/:id/state', anyRole, async (c) => {
    const id = c.req.param('id')
    if (deps.rooms.isDeleted(id)) return deleted(c)
    return binaryBody(c, await deps.rooms.fullState(id))
  })
  routes.get('/:id/actions', anyRole, async (c) => {
    const boardId = c.req.param('id')
    if (deps.rooms.isDeleted(boardId)) return deleted(c)
    const actions = await deps.rooms.read(boardId, readActions)
    return c.json({
      actions: actions.map((action) => toBoardActionItem(action, boardId)),
    } satisfies BoardActionList)
  })
  return routes
}
