import { ROLES, type Role, readBoardMeta } from '@jm/shared'
import type { CreatedBoard } from '@jm/shared/api'
import * as Y from 'yjs'
import type { TokenSigner } from '../auth/tokens.ts'
import type { BoardRecord, Storage } from '../storage/DocStore.ts'

const perRole = <T>(value: (role: Role) => T): Record<Role, T> =>
  Object.fromEntries(ROLES.map((role) => [role, value(role)])) as Record<Role, T>

/** The path that opens a board in a role; the token sits in the fragment so it never reaches server logs. */
export const linkFor = (id: string, token: string): string => `/b/${id}#token=${token}`

export const linksFor = (id: string, tokens: Record<Role, string>): Record<Role, string> =>
  perRole((role) => linkFor(id, tokens[role]))

/** Each role's link token, signed for the role's current link generation. */
export const linkTokens = (signer: TokenSigner, board: BoardRecord): Record<Role, string> =>
  perRole((role) => signer.sign({ board: board.id, role, gen: board.linkGen[role] }))

/**
 * Records a new board and stores `doc` as its first update, then issues one link per role.
 * Null when the id is taken. A failed store removes the record again, so no empty board is left.
 */
export async function storeNewBoard(
  deps: { storage: Storage; signer: TokenSigner },
  id: string,
  doc: Y.Doc,
  createdAt: number,
): Promise<CreatedBoard | null> {
  const { storage, signer } = deps
  const record: BoardRecord = { id, createdAt, linkGen: perRole(() => 0) }
  if (!(await storage.createBoard(record))) return null
  try {
    await storage.append(id, Y.encodeStateAsUpdate(doc))
  } catch (error) {
    await storage.deleteBoard(id)
    throw error
  }
  const tokens = linkTokens(signer, record)
  return { id, title: readBoardMeta(doc).title, tokens, links: linksFor(id, tokens) }
}
