import type { Role } from '@jm/shared'
import type { TokenClaims } from '@jm/shared/api'
import type { Context, MiddlewareHandler } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { BoardStore } from '../storage/DocStore.ts'

export type AuthEnv = { Variables: { claims: TokenClaims } }

export function tokenFrom(c: Context): string | undefined {
  const header = c.req.header('authorization')
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim()
  return c.req.query('token') ?? undefined
}

/** Checks a token's signature, its board and that its role's link has not been rotated since. */
export async function verifyBoardToken(
  signer: TokenSigner,
  boards: BoardStore,
  token: string | undefined,
  board: string,
): Promise<TokenClaims | null> {
  const claims = signer.verify(token)
  if (!claims || claims.board !== board) return null
  const record = await boards.getBoard(board)
  if (!record || record.linkGen[claims.role] !== claims.gen) return null
  return claims
}

/**
 * True when a correctly signed token names a board that no longer exists: tokens are issued only
 * for created boards, so the board was deleted (the relay closes with 4410, the API answers 410).
 */
export async function isTokenOfDeletedBoard(
  signer: TokenSigner,
  boards: BoardStore,
  token: string | undefined,
  board: string,
): Promise<boolean> {
  const claims = signer.verify(token)
  return claims?.board === board && (await boards.getBoard(board)) === null
}

/**
 * For `/api/boards/:id/...`: 401 without a valid token for that board, 410 with a token of a deleted
 * board, 403 when the role is not allowed.
 */
export function requireBoardRole(
  signer: TokenSigner,
  boards: BoardStore,
  allowed: readonly Role[],
): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = tokenFrom(c)
    const board = c.req.param('id') ?? ''
    const claims = await verifyBoardToken(signer, boards, token, board)
    if (!claims && (await isTokenOfDeletedBoard(signer, boards, token, board)))
      return c.json({ error: 'this board was deleted' }, 410)
    if (!claims) return c.json({ error: 'a valid token for this board is required' }, 401)
    if (!allowed.includes(claims.role))
      return c.json({ error: `the ${claims.role} role may not do this` }, 403)
    c.set('claims', claims)
    await next()
    return undefined
  }
}
