import type { Role } from './capabilities.ts'
import { grantTable } from './grantTable.ts'

/**
 * A workspace's roles: its owner link and its member link. The workspace token grants what the
 * directory needs; a board of the workspace is opened with a board token of `boardRoleFor(role)`.
 * - `browse`: the board directory, the workspace's name, search
 * - `createBoard`: new and imported boards land in the workspace
 * - `archiveBoard`: archive and restore any board of it (a board's facilitator may do so for that board)
 * - `manageWorkspaceLinks`: see and rotate the owner and member links
 */
export const WORKSPACE_ROLES = ['owner', 'member'] as const
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number]

export const WORKSPACE_CAPABILITIES = [
  'browse',
  'createBoard',
  'archiveBoard',
  'manageWorkspaceLinks',
  'manageWebhooks',
] as const
export type WorkspaceCapability = (typeof WORKSPACE_CAPABILITIES)[number]

const grants = grantTable<WorkspaceRole, WorkspaceCapability>(WORKSPACE_ROLES, {
  owner: WORKSPACE_CAPABILITIES,
  member: ['browse', 'createBoard'],
})

export const workspaceCan = grants.can
export const workspaceRolesThatCan = grants.rolesThatCan

/** Owners open a workspace's boards as facilitators, members as editors. */
export const boardRoleFor = (role: WorkspaceRole): Role => (role === 'owner' ? 'facilitator' : 'editor')
