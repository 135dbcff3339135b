import * as v from 'valibot'
import { RoleSchema } from './roles.ts'
import { validate } from './validate.ts'

/**
 * What a token says. Tokens are `v1.<payload>.<signature>`: the payload is base64url JSON of these
 * claims, signed by the server (see the server's auth/tokens.ts). A link token names board, role
 * and the role's link generation; a participant token adds who joined with that link.
 */
export const TokenClaims = v.object({
  board: v.string(),
  role: RoleSchema,
  /** Link generation of this role when the token was issued; rotating the link bumps it. */
  gen: v.number(),
  participant: v.optional(v.string()),
  name: v.optional(v.string()),
})
export type TokenClaims = v.InferOutput<typeof TokenClaims>

/**
 * The claims of a token, read without checking its signature: the server checks that first, the
 * client only shows what the token grants (the server enforces it regardless). Null for anything
 * that is not a token.
 */
export function readClaims(token: string): TokenClaims | null {
  const payload = token.split('.')[1]
  if (!payload) return null
  try {
    // atob gives one character per byte; the payload is UTF-8 (names such as 陈美 span several bytes).
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    const claims = validate(TokenClaims, JSON.parse(new TextDecoder().decode(bytes)))
    return claims.ok ? claims.value : null
  } catch {
    return null
  }
}
