export const ROLES = ['facilitator', 'editor', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/**
 * What a role may do. One table, read by the HTTP routes, the relay's room access, the lock guard
 * and the UI (which only mirrors it: the server enforces every capability itself).
 * - `editContent`: notes, stages, lanes, comments, the canvas (content and canvas rooms)
 * - `vote`: own ballot and private notes
 * - `facilitate`: voting rounds, timer, locks, summon (control room); not bound by locks
 * - `manageLinks`, `manageVersions`, `deleteBoard`: share links, named versions, deletion
 */
export const CAPABILITIES = [
  'read',
  'editContent',
  'vote',
  'facilitate',
  'manageLinks',
  'manageVersions',
  'deleteBoard',
] as const
export type Capability = (typeof CAPABILITIES)[number]

const GRANTS: Record<Role, ReadonlySet<Capability>> = {
  facilitator: new Set(CAPABILITIES),
  editor: new Set(['read', 'editContent', 'vote']),
  viewer: new Set(['read']),
}

export const can = (role: Role, capability: Capability): boolean => GRANTS[role].has(capability)

/** The roles that have a capability, e.g. for a route's role check. */
export const rolesThatCan = (capability: Capability): Role[] => ROLES.filter((role) => can(role, capability))

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
] as const
export type WorkspaceCapability = (typeof WORKSPACE_CAPABILITIES)[number]

const WORKSPACE_GRANTS: Record<WorkspaceRole, ReadonlySet<WorkspaceCapability>> = {
  owner: new Set(WORKSPACE_CAPABILITIES),
  member: new Set(['browse', 'createBoard']),
}

export const workspaceCan = (role: WorkspaceRole, capability: WorkspaceCapability): boolean =>
  WORKSPACE_GRANTS[role].has(capability)

export const workspaceRolesThatCan = (capability: WorkspaceCapability): WorkspaceRole[] =>
  WORKSPACE_ROLES.filter((role) => workspaceCan(role, capability))

/** Owners open a workspace's boards as facilitators, members as editors. */
export const boardRoleFor = (role: WorkspaceRole): Role => (role === 'owner' ? 'facilitator' : 'editor')
