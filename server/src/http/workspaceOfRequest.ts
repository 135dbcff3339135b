import { workspaceCan } from '@jm/shared/workspaces'
import type { Context } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import { MAX_BOARDS_PER_WORKSPACE, type WorkspaceStore } from '../storage/WorkspaceStore.ts'
import { tokenFrom } from './boardAuth.ts'
import { verifyWorkspaceToken } from './workspaceAuth.ts'

export type RequestWorkspace = { ok: true; workspace: string | null } | { ok: false; response: Response }

/**
 * The workspace a new board goes into: the one whose token the request carries (`Authorization:
 * Bearer`), or none (a stand-alone board, as before workspaces). A bearer token that is not a
 * current workspace token is refused (401) rather than silently making a stand-alone board; a full
 * workspace answers 409.
 */
export async function workspaceOfRequest(
  c: Context,
  deps: { signer: TokenSigner; store: WorkspaceStore },
): Promise<RequestWorkspace> {
  if (!c.req.header('authorization')) return { ok: true, workspace: null }
  const claims = deps.signer.verifyWorkspace(tokenFrom(c))
  const workspace = claims ? await deps.store.getWorkspace(claims.workspace) : null
  const verified = workspace ? verifyWorkspaceToken(deps.signer, workspace, tokenFrom(c)) : null
  if (!workspace || !verified || !('claims' in verified))
    return { ok: false, response: c.json({ error: 'a valid workspace token is required' }, 401) }
  if (!workspaceCan(verified.claims.role, 'createBoard'))
    return { ok: false, response: c.json({ error: 'this role may not create boards here' }, 403) }
  if ((await deps.store.countBoards(workspace.id)) >= MAX_BOARDS_PER_WORKSPACE)
    return {
      ok: false,
      response: c.json({ error: `the workspace has its maximum of ${MAX_BOARDS_PER_WORKSPACE} boards` }, 409),
    }
  return { ok: true, workspace: workspace.id }
}
