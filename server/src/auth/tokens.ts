import { createHmac, timingSafeEqual } from 'node:crypto'
import { readClaims, type TokenClaims } from '@jm/shared/api'
import { readWorkspaceClaims, type WorkspaceClaims } from '@jm/shared/api/workspaces'

const PREFIX = 'v1'

/**
 * Tokens are `v1.<payload>.<signature>`: a base64url JSON payload (TokenClaims) and its HMAC-SHA256
 * under the server secret. Rotating a link bumps its role's generation, which invalidates every token
 * of the old one.
 */
export class TokenSigner {
  readonly #secret: Buffer

  constructor(secret: string) {
    if (secret.length < 16) throw new Error('AUTH_SECRET must be at least 16 characters')
    this.#secret = Buffer.from(secret)
  }

  sign(claims: TokenClaims | WorkspaceClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
    return `${PREFIX}.${payload}.${this.#mac(payload)}`
  }

  /** The claims of a well-formed, correctly signed token; null for anything else. */
  verify(token: string | undefined | null): TokenClaims | null {
    return token && this.#signed(token) ? readClaims(token) : null
  }

  /** The claims of a correctly signed workspace token (see WorkspaceClaims); null for anything else. */
  verifyWorkspace(token: string | undefined | null): WorkspaceClaims | null {
    return token && this.#signed(token) ? readWorkspaceClaims(token) : null
  }

  #signed(token: string): boolean {
    const [prefix, payload, signature, ...rest] = token.split('.')
    if (prefix !== PREFIX || !payload || !signature || rest.length > 0) return false
    const expected = Buffer.from(this.#mac(payload))
    const given = Buffer.from(signature)
    return expected.length === given.length && timingSafeEqual(expected, given)
  }

  #mac(payload: string): string {
    return createHmac('sha256', this.#secret).update(payload).digest('base64url')
  }
}
