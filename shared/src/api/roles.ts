import * as v from 'valibot'
import { ROLES, type Role } from '../access/capabilities.ts'

export const RoleSchema = v.picklist(ROLES)

/** One string per role (tokens, share links); a role added to ROLES without a key here does not compile. */
export const StringPerRole = v.object({
  facilitator: v.string(),
  editor: v.string(),
  viewer: v.string(),
}) satisfies v.GenericSchema<Record<Role, string>>
