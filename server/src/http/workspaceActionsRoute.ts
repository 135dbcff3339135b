import { type WorkspaceActionList, WorkspaceActionsQuery } from '@jm/shared/api/workspaces'
import { selectWorkspaceActions, WORKSPACE_ROLES } from '@jm/shared/workspaces'
import { Hono } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts'
import { parseQuery } from './validate.ts'
import { requireWorkspaceRole, type WorkspaceEnv } from './workspaceAuth.ts'

/**
 * `GET /api/workspaces/:id/actions` (owner, member): the actions of the workspace's boards that are
 * not archived, from the summaries the server keeps as boards change (no board is loaded here).
 */
export function workspaceActionsRoute(deps: {
  store: WorkspaceStore
  signer: TokenSigner
  now: () => number
}): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>()
  routes.get('/:id/actions', requireWorkspaceRole(deps.signer, deps.store, WORKSPACE_ROLES), async (c) => {
    const query = parseQuery(c, WorkspaceActionsQuery)
    if (!query.ok) return query.response
    const boards = await deps.store.listBoards(c.get('workspace').id, false)
    const all = boards.flatMap((board) =>
      board.actions.map((action) => ({
        ...action,
        boardId: board.board,
        boardTitle: board.title,
        mapType: board.mapType,
      })),
    )
    const today = query.value.today ?? new Date(deps.now()).toISOString().slice(0, 10)
    return c.json({ actions: selectWorkspaceActions(all, query.value, today) } satisfies WorkspaceActionList)
  })
  return routes
}
