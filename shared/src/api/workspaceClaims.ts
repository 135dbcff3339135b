import * as v from 'valibot'
import { validate } from './validate.ts'
import { WorkspaceRoleSchema } from './workspaces.ts'

/**
 * What a workspace token says: the workspace, the role of its link and that role's link generation.
 * Signed like board tokens (`v1.<payload>.<signature>`). It has no `board`, so it is never taken
 * for a board token, and a board token (no `workspace`) never for one of these.
 */
export const WorkspaceClaims = v.object({
  workspace: v.string(),
  role: WorkspaceRoleSchema,
  gen: v.number(),
})
export type WorkspaceClaims = v.InferOutput<typeof WorkspaceClaims>

/** The claims of a workspace token, read without checking its signature (the server checks it). */
export function readWorkspaceClaims(token: string): WorkspaceClaims | null {
  const payload = token.split('.')[1]
  if (!payload) return null
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const claims = validate(WorkspaceClaims, JSON.parse(json))
    return claims.ok ? claims.value : null
  } catch {
    return null
  }
}
