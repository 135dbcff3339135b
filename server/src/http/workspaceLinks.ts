import { WORKSPACE_ROLES, type WorkspaceRole } from '@jm/shared/workspaces'
import type { TokenSigner } from '../auth/tokens.ts'
import type { WorkspaceRecord } from '../storage/WorkspaceStore.ts'

/** The page a workspace link opens; the token sits in the fragment so it never reaches server logs. */
export const workspaceLinkFor = (id: string, token: string): string => `/w/${id}#token=${token}`

export function workspaceTokens(
  signer: TokenSigner,
  workspace: WorkspaceRecord,
): Record<WorkspaceRole, string> {
  const tokens = { owner: '', member: '' }
  for (const role of WORKSPACE_ROLES)
    tokens[role] = signer.sign({ workspace: workspace.id, role, gen: workspace.linkGen[role] })
  return tokens
}

export const workspaceLinks = (
  id: string,
  tokens: Record<WorkspaceRole, string>,
): Record<WorkspaceRole, string> => ({
  owner: workspaceLinkFor(id, tokens.owner),
  member: workspaceLinkFor(id, tokens.member),
})
