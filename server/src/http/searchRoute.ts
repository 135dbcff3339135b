import { type SearchAnswer, SearchQuery } from '@jm/shared/api/workspaces'
import { WORKSPACE_ROLES } from '@jm/shared/workspaces'
import { Hono } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts'
import { snippetAround } from '../workspaces/snippet.ts'
import { parseQuery } from './validate.ts'
import { requireWorkspaceRole, type WorkspaceEnv } from './workspaceAuth.ts'

/**
 * `GET /api/workspaces/:id/search?q=` (owner, member): texts of the workspace's boards containing
 * q in any case, from the index the server keeps (WorkspaceStore.search). Any q is a literal
 * substring (no query syntax), so nothing in it can break the query: 400 when it is empty or over
 * MAX_SEARCH_QUERY characters, otherwise 200.
 */
export function searchRoute(deps: { store: WorkspaceStore; signer: TokenSigner }): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>()
  routes.get('/:id/search', requireWorkspaceRole(deps.signer, deps.store, WORKSPACE_ROLES), async (c) => {
    const query = parseQuery(c, SearchQuery)
    if (!query.ok) return query.response
    const rows = await deps.store.search(c.get('workspace').id, query.value.q)
    const hits = rows.map((row) => ({
      boardId: row.board,
      boardTitle: row.boardTitle,
      kind: row.kind,
      id: row.item,
      snippet: snippetAround(row.text, query.value.q),
      archived: row.archived,
    }))
    return c.json({ hits } satisfies SearchAnswer)
  })
  return routes
}
