import { createHmac, timingSafeEqual } from 'node:crypto'
import { isRole, type Role } from '@jm/shared'

/**
 * Tokens are `v1.<payload>.<signature>`: a base64url JSON payload and its HMAC-SHA256 under the
 * server secret. A link token names board, role and the role's link generation; rotating a link
 * bumps the generation, which invalidates every token of the old one. A participant token adds
 * who joined with that link.
 */
export interface TokenClaims {
  board: string
  role: Role
  /** Link generation of this role when the token was issued. */
  gen: number
  participant?: string
  name?: string
}

const PREFIX = 'v1'

export class TokenSigner {
  readonly #secret: Buffer

  constructor(secret: string) {
    if (secret.length < 16) throw new Error('AUTH_SECRET must be at least 16 characters')
    this.#secret = Buffer.from(secret)
  }

  sign(claims: TokenClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
    return `${PREFIX}.${payload}.${this.#mac(payload)}`
  }

  /** The claims of a well-formed, correctly signed token; null for anything else. */
  verify(token: string | undefined | null): TokenClaims | null {
    if (!token) return null
    const [prefix, payload, signature, ...rest] = token.split('.')
    if (prefix !== PREFIX || !payload || !signature || rest.length > 0) return null
    const expected = Buffer.from(this.#mac(payload))
    const given = Buffer.from(signature)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
    try {
      const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
      return parseClaims(claims)
    } catch {
      return null
    }
  }

  #mac(payload: string): string {
    return createHmac('sha256', this.#secret).update(payload).digest('base64url')
  }
}

function parseClaims(value: unknown): TokenClaims | null {
  if (typeof value !== 'object' || value === null) return null
  const { board, role, gen, participant, name } = value as Record<string, unknown>
  if (typeof board !== 'string' || !isRole(role) || typeof gen !== 'number') return null
  const claims: TokenClaims = { board, role, gen }
  if (typeof participant === 'string') claims.participant = participant
  if (typeof name === 'string') claims.name = name
  return claims
}
