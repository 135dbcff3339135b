import { newId, readBoard, ServerOrigin } from '@jm/shared'
import type { CreatedBoard } from '@jm/shared/api'
import { RemapBody, WorkspaceBoardParams } from '@jm/shared/api/workspaces'
import { writeBoardSnapshot } from '@jm/shared/io'
import { boardStructure, WORKSPACE_ROLES } from '@jm/shared/workspaces'
import { Hono } from 'hono'
import * as Y from 'yjs'
import type { TokenSigner } from '../auth/tokens.ts'
import type { RoomRegistry } from '../relay/RoomRegistry.ts'
import type { Storage } from '../storage/DocStore.ts'
import { MAX_BOARDS_PER_WORKSPACE } from '../storage/WorkspaceStore.ts'
import type { WorkspaceDirectory } from '../workspaces/WorkspaceDirectory.ts'
import { storeNewBoard } from './storeNewBoard.ts'
import { parseJsonBody, parseParams } from './validate.ts'
import { requireWorkspaceRole, type WorkspaceEnv } from './workspaceAuth.ts'

const REMAP_ORIGIN = new ServerOrigin('remap-board')

export interface RemapRouteDeps {
  storage: Storage
  signer: TokenSigner
  rooms: RoomRegistry
  directory: WorkspaceDirectory
  now: () => number
}

/**
 * `POST /api/workspaces/:id/boards/:boardId/remap` (owner, member): a new board in the same
 * workspace with the structure of that one (see boardStructure) and a link back to it in the
 * directory (`previousBoard`). Answers 201 like creating a board; its facilitator link opens it.
 */
export function remapBoardRoute(deps: RemapRouteDeps): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>()
  routes.post(
    '/:id/boards/:boardId/remap',
    requireWorkspaceRole(deps.signer, deps.storage, WORKSPACE_ROLES),
    async (c) => {
      const params = parseParams(c, WorkspaceBoardParams)
      if (!params.ok) return params.response
      const body = await parseJsonBody(c, RemapBody)
      if (!body.ok) return body.response
      const { boardId } = params.value
      const workspace = c.get('workspace').id
      const placement = await deps.storage.placementOf(boardId)
      if (placement?.workspace !== workspace || !(await deps.storage.getBoard(boardId)))
        return c.json({ error: 'no such board in this workspace' }, 404)
      if ((await deps.storage.countBoards(workspace)) >= MAX_BOARDS_PER_WORKSPACE)
        return c.json({ error: `the workspace has its maximum of ${MAX_BOARDS_PER_WORKSPACE} boards` }, 409)
      const source = await deps.rooms.read(boardId, readBoard)
      const now = deps.now()
      const doc = new Y.Doc()
      try {
        writeBoardSnapshot(
          doc,
          boardStructure(source, body.value.title || source.meta.title, now),
          REMAP_ORIGIN,
        )
        const id = newId()
        const created = await storeNewBoard(deps, id, doc, now)
        if (!created) return c.json({ error: 'could not allocate a board id; try again' }, 503)
        await deps.directory.place(id, workspace, doc, now, boardId)
        return c.json(created satisfies CreatedBoard, 201)
      } finally {
        doc.destroy()
      }
    },
  )
  return routes
}
