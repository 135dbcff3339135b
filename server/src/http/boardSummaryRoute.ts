import { ROLES, readBoardMeta } from '@jm/shared'
import { Hono } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { RoomRegistry } from '../relay/RoomRegistry.ts'
import type { BoardStore } from '../storage/DocStore.ts'
import { type AuthEnv, requireBoardRole } from './boardAuth.ts'

export interface BoardSummaryRouteDeps {
  boards: BoardStore
  signer: TokenSigner
  rooms: RoomRegistry
}

/**
 * `GET /api/boards/:id`: the board's title and language and the token's role, for any role's token
 * (a share link's included), so the page a link opens can say which board one is joining.
 */
export function boardSummaryRoute(deps: BoardSummaryRouteDeps): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>()
  routes.get('/:id', requireBoardRole(deps.signer, deps.boards, ROLES), async (c) => {
    const id = c.req.param('id')
    if (deps.rooms.isDeleted(id)) return c.json({ error: 'this board was deleted' }, 404)
    const { title, locale } = await deps.rooms.read(id, readBoardMeta)
    return c.json({ id, title, locale, role: c.get('claims').role })
  })
  return routes
}
