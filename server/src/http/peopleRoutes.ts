import { ROLES } from '@jm/shared'
import type { PeopleList } from '@jm/shared/api'
import { WORKSPACE_ROLES } from '@jm/shared/workspaces'
import { Hono } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { Storage } from '../storage/DocStore.ts'
import type { WorkspaceDirectory } from '../workspaces/WorkspaceDirectory.ts'
import { type AuthEnv, requireBoardRole } from './boardAuth.ts'
import { requireWorkspaceRole, type WorkspaceEnv } from './workspaceAuth.ts'

interface PeopleRoutesDeps {
  storage: Storage
  signer: TokenSigner
  directory: WorkspaceDirectory
}

/** `GET /api/workspaces/:id/people` (owner, member): who joined the workspace's boards. */
export function workspacePeopleRoute(deps: PeopleRoutesDeps): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>()
  routes.get('/:id/people', requireWorkspaceRole(deps.signer, deps.storage, WORKSPACE_ROLES), async (c) =>
    c.json({ people: await deps.storage.listPeople(c.get('workspace').id) } satisfies PeopleList),
  )
  return routes
}

/**
 * `GET /api/boards/:id/people` (any role): the people of the board's workspace, for picking an
 * action's owner or a mention on the board; empty for a board that stands alone.
 */
export function boardPeopleRoute(deps: PeopleRoutesDeps): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>()
  routes.get('/:id/people', requireBoardRole(deps.signer, deps.storage, ROLES), async (c) => {
    const placement = await deps.directory.placement(c.req.param('id'))
    const people = placement ? await deps.storage.listPeople(placement.workspace) : []
    return c.json({ people } satisfies PeopleList)
  })
  return routes
}
