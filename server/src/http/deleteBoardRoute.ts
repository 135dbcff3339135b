import { rolesThatCan } from '@jm/shared'
import { Hono } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { BoardEvents } from '../bus/BoardEvents.ts'
import type { Logger } from '../log.ts'
import type { Storage } from '../storage/DocStore.ts'
import { type AuthEnv, requireBoardRole } from './boardAuth.ts'

export interface DeleteBoardDeps {
  storage: Storage
  signer: TokenSigner
  boardEvents: BoardEvents
  log: Logger
}

/**
 * `DELETE /api/boards/:id` (facilitator): removes the board for good. The board record goes first,
 * so from that moment every token of the board is refused (410, websocket 4410); then its open
 * sockets are closed and its rooms dropped from memory, on this instance and (through the bus) on
 * every other; then every stored room of the board
 * (`<board>`, `<board>.control`, `<board>.ballot.*`, with their updates and snapshots) is deleted,
 * and its attachments with the bytes no other board uses.
 */
export function deleteBoardRoute(deps: DeleteBoardDeps): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>()
  routes.delete(
    '/:id',
    requireBoardRole(deps.signer, deps.storage, rolesThatCan('deleteBoard')),
    async (c) => {
      const id = c.req.param('id')
      await deps.storage.deleteBoard(id)
      await deps.boardEvents.announce({ type: 'deleted', board: id })
      await deps.storage.deleteRooms(id)
      await deps.storage.deleteBoardBlobs(id)
      await deps.storage.forgetBoard(id)
      deps.log.info('board deleted', { board: id })
      return c.body(null, 204)
    },
  )
  return routes
}
