import type { WorkspaceClaims } from '@jm/shared/api/workspaces'
import type { WorkspaceRole } from '@jm/shared/workspaces'
import type { MiddlewareHandler } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { WorkspaceRecord, WorkspaceStore } from '../storage/WorkspaceStore.ts'
import { tokenFrom } from './boardAuth.ts'

export type WorkspaceEnv = { Variables: { workspace: WorkspaceRecord; workspaceClaims: WorkspaceClaims } }

/** A workspace token's claims if it is correctly signed, names this workspace and its link is current. */
export function verifyWorkspaceToken(
  signer: TokenSigner,
  workspace: WorkspaceRecord,
  token: string | undefined,
): { claims: WorkspaceClaims } | { refusal: 'invalid' | 'other-workspace' } {
  const claims = signer.verifyWorkspace(token)
  if (!claims) return { refusal: 'invalid' }
  if (claims.workspace !== workspace.id) return { refusal: 'other-workspace' }
  if (workspace.linkGen[claims.role] !== claims.gen) return { refusal: 'invalid' }
  return { claims }
}

/**
 * For `/api/workspaces/:id/...`: 404 for an unknown workspace, 401 without a valid, current token of
 * it, 403 with another workspace's token or a role that may not.
 */
export function requireWorkspaceRole(
  signer: TokenSigner,
  store: WorkspaceStore,
  allowed: readonly WorkspaceRole[],
): MiddlewareHandler<WorkspaceEnv> {
  return async (c, next) => {
    const workspace = await store.getWorkspace(c.req.param('id') ?? '')
    if (!workspace) return c.json({ error: 'no such workspace' }, 404)
    const verified = verifyWorkspaceToken(signer, workspace, tokenFrom(c))
    if ('refusal' in verified)
      return verified.refusal === 'other-workspace'
        ? c.json({ error: 'this token belongs to another workspace' }, 403)
        : c.json({ error: 'a valid token for this workspace is required' }, 401)
    if (!allowed.includes(verified.claims.role))
      return c.json({ error: `the ${verified.claims.role} role may not do this` }, 403)
    c.set('workspace', workspace)
    c.set('workspaceClaims', verified.claims)
    await next()
    return undefined
  }
}
