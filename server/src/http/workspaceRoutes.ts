import { newId, SUPPORTED_LOCALES } from '@jm/shared'
import {
  type CreatedWorkspace,
  CreateWorkspaceBody,
  type RotatedWorkspaceLink,
  RotateWorkspaceLinkParams,
  type WorkspaceInfo,
} from '@jm/shared/api/workspaces'
import { WORKSPACE_ROLES, workspaceCan, workspaceRolesThatCan } from '@jm/shared/workspaces'
import { Hono } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import { MAX_BOARDS_PER_WORKSPACE, type WorkspaceStore } from '../storage/WorkspaceStore.ts'
import { parseJsonBody, parseParams } from './validate.ts'
import { requireWorkspaceRole, type WorkspaceEnv } from './workspaceAuth.ts'
import { workspaceLinkFor, workspaceLinks, workspaceTokens } from './workspaceLinks.ts'

export interface WorkspaceRoutesDeps {
  store: WorkspaceStore
  signer: TokenSigner
  now: () => number
}

/** `POST /api/workspaces`, `GET /api/workspaces/:id` and link rotation (owner). */
export function workspaceRoutes(deps: WorkspaceRoutesDeps): Hono<WorkspaceEnv> {
  const { store, signer } = deps
  const routes = new Hono<WorkspaceEnv>()

  routes.post('/', async (c) => {
    const body = await parseJsonBody(c, CreateWorkspaceBody)
    if (!body.ok) return body.response
    const record = {
      id: newId(),
      name: body.value.name,
      locale: body.value.locale ?? 'en',
      createdAt: deps.now(),
      linkGen: { owner: 0, member: 0 },
    }
    if (!(await store.createWorkspace(record)))
      return c.json({ error: 'could not allocate an id; try again' }, 503)
    const tokens = workspaceTokens(signer, record)
    const created = { id: record.id, name: record.name, tokens, links: workspaceLinks(record.id, tokens) }
    return c.json(created satisfies CreatedWorkspace, 201)
  })

  routes.get('/:id', requireWorkspaceRole(signer, store, WORKSPACE_ROLES), async (c) => {
    const workspace = c.get('workspace')
    const { role } = c.get('workspaceClaims')
    const links = workspaceCan(role, 'manageWorkspaceLinks')
      ? workspaceLinks(workspace.id, workspaceTokens(signer, workspace))
      : undefined
    const info = {
      id: workspace.id,
      name: workspace.name,
      locale: SUPPORTED_LOCALES.find((locale) => locale === workspace.locale) ?? 'en',
      role,
      boardCount: await store.countBoards(workspace.id),
      maxBoards: MAX_BOARDS_PER_WORKSPACE,
      ...(links ? { links } : {}),
    }
    return c.json(info satisfies WorkspaceInfo)
  })

  routes.post(
    '/:id/links/:role/rotate',
    requireWorkspaceRole(signer, store, workspaceRolesThatCan('manageWorkspaceLinks')),
    async (c) => {
      const params = parseParams(c, RotateWorkspaceLinkParams)
      if (!params.ok) return params.response
      const { role } = params.value
      const workspace = c.get('workspace')
      const gen = workspace.linkGen[role] + 1
      await store.setWorkspaceLinkGen(workspace.id, role, gen)
      const token = signer.sign({ workspace: workspace.id, role, gen })
      return c.json({
        role,
        token,
        link: workspaceLinkFor(workspace.id, token),
      } satisfies RotatedWorkspaceLink)
    },
  )

  return routes
}
