import { readClaims, type TokenClaims } from '@jm/shared/api'

/** A token with what it grants, for the UI; the server enforces it regardless. */
export type Access = TokenClaims & { token: string }

export function readAccess(token: string): Access | null {
  const claims = readClaims(token)
  return claims ? { ...claims, token } : null
}
