import * as v from 'valibot'
import { RoleSchema, StringPerRole } from './roles.ts'

/** `GET /api/boards/:id/links` (facilitator): each role's current share link, signed for its generation. */
export const ShareLinks = v.object({ id: v.string(), links: StringPerRole })
export type ShareLinks = v.InferOutput<typeof ShareLinks>

/** `POST /api/boards/:id/links/:role/rotate` (facilitator): every earlier link of that role stops working. */
export const RotateLinkParams = v.object({ role: RoleSchema })
export type RotateLinkParams = v.InferOutput<typeof RotateLinkParams>

export const RotatedLink = v.object({ role: RoleSchema, token: v.string(), link: v.string() })
export type RotatedLink = v.InferOutput<typeof RotatedLink>
