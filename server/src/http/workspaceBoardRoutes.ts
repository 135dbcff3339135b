import {
  type ArchivedBoard,
  DirectoryQuery,
  type OpenedBoard,
  type WorkspaceBoard,
  type WorkspaceBoardList,
  WorkspaceBoardParams,
} from '@jm/shared/api/workspaces'
import { boardRoleFor, WORKSPACE_ROLES, workspaceRolesThatCan } from '@jm/shared/workspaces'
import { type Context, Hono } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { BoardEvents } from '../bus/BoardEvents.ts'
import type { Storage } from '../storage/DocStore.ts'
import type { DirectoryEntry } from '../storage/WorkspaceStore.ts'
import { tokenFrom, verifyBoardToken } from './boardAuth.ts'
import { linkFor } from './storeNewBoard.ts'
import { parseParams, parseQuery } from './validate.ts'
import { requireWorkspaceRole, verifyWorkspaceToken, type WorkspaceEnv } from './workspaceAuth.ts'

export interface WorkspaceBoardRoutesDeps {
  storage: Storage
  signer: TokenSigner
  boardEvents: BoardEvents
}

/** The card leaves out the actions: `GET …/actions` lists them. */
const toCard = ({
  board,
  workspace: _workspace,
  actions: _actions,
  ...entry
}: DirectoryEntry): WorkspaceBoard => ({
  id: board,
  ...entry,
})

/**
 * The directory of a workspace's boards, opening one of them in the role the workspace role gives,
 * and archiving or restoring one (an owner, or the board's facilitator with its own token).
 */
export function workspaceBoardRoutes(deps: WorkspaceBoardRoutesDeps): Hono<WorkspaceEnv> {
  const { storage, signer } = deps
  const routes = new Hono<WorkspaceEnv>()

  routes.get('/:id/boards', requireWorkspaceRole(signer, storage, WORKSPACE_ROLES), async (c) => {
    const query = parseQuery(c, DirectoryQuery)
    if (!query.ok) return query.response
    const archived = { false: false, true: true, all: undefined }[query.value.archived ?? 'false']
    const boards = await storage.listBoards(c.get('workspace').id, archived)
    return c.json({ boards: boards.map(toCard) } satisfies WorkspaceBoardList)
  })

  routes.post(
    '/:id/boards/:boardId/open',
    requireWorkspaceRole(signer, storage, WORKSPACE_ROLES),
    async (c) => {
      const params = parseParams(c, WorkspaceBoardParams)
      if (!params.ok) return params.response
      const { boardId } = params.value
      const placement = await storage.placementOf(boardId)
      const record = await storage.getBoard(boardId)
      if (!record || placement?.workspace !== c.get('workspace').id)
        return c.json({ error: 'no such board in this workspace' }, 404)
      const role = boardRoleFor(c.get('workspaceClaims').role)
      const token = signer.sign({ board: boardId, role, gen: record.linkGen[role] })
      return c.json({ id: boardId, role, token, link: linkFor(boardId, token) } satisfies OpenedBoard)
    },
  )

  const setArchived = (archived: boolean) => async (c: Context<WorkspaceEnv>) => {
    const params = parseParams(c, WorkspaceBoardParams)
    if (!params.ok) return params.response
    const { id, boardId } = params.value
    const workspace = await storage.getWorkspace(id)
    if (!workspace) return c.json({ error: 'no such workspace' }, 404)
    const placement = await storage.placementOf(boardId)
    if (placement?.workspace !== id) return c.json({ error: 'no such board in this workspace' }, 404)
    const token = tokenFrom(c)
    const asMember = verifyWorkspaceToken(signer, workspace, token)
    const asBoard = await verifyBoardToken(signer, storage, token, boardId)
    const allowed =
      ('claims' in asMember && workspaceRolesThatCan('archiveBoard').includes(asMember.claims.role)) ||
      asBoard?.role === 'facilitator'
    if (!allowed) {
      if ('claims' in asMember || asBoard || asMember.refusal === 'other-workspace')
        return c.json({ error: 'only an owner or the board’s facilitator may archive or restore it' }, 403)
      return c.json({ error: 'a valid token for this workspace or board is required' }, 401)
    }
    await storage.setArchived(boardId, archived)
    await deps.boardEvents.announce({ type: 'archived', board: boardId, archived })
    return c.json({ id: boardId, archived } satisfies ArchivedBoard)
  }
  routes.post('/:id/boards/:boardId/archive', setArchived(true))
  routes.post('/:id/boards/:boardId/restore', setArchived(false))

  return routes
}
