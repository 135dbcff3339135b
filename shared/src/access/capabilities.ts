import { grantTable } from './grantTable.ts'

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

const grants = grantTable<Role, Capability>(ROLES, {
  facilitator: CAPABILITIES,
  editor: ['read', 'editContent', 'vote'],
  viewer: ['read'],
})

export const can = grants.can

/** The roles that have a capability, e.g. for a route's role check. */
export const rolesThatCan = grants.rolesThatCan
