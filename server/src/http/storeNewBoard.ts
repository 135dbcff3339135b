import { ROLES, type Role, readBoardMeta } from '@jm/shared'
import * as Y from 'yjs'
import type { TokenSigner } from '../auth/tokens.ts'
import type { Storage } from '../storage/DocStore.ts'

/** The answer to creating a board (POST /api/boards and POST /api/boards/import). */
export interface CreatedBoard {
  id: string
  title: string
  tokens: Record<Role, string>
  links: Record<Role, string>
}

/** The path that opens a board in a role; the token sits in the fragment so it never reaches server logs. */
export const linkFor = (id: string, token: string): string => `/b/${id}#token=${token}`

export const linksFor = (id: string, tokens: Record<Role, string>): Record<Role, string> =>
  Object.fromEntries(ROLES.map((role) => [role, linkFor(id, tokens[role])])) as Record<Role, string>

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
  if (!(await storage.createBoard({ id, createdAt, linkGen: { facilitator: 0, editor: 0, viewer: 0 } })))
    return null
  try {
    await storage.append(id, Y.encodeStateAsUpdate(doc))
  } catch (error) {
    await storage.deleteBoard(id)
    throw error
  }
  const tokens = Object.fromEntries(
    ROLES.map((role) => [role, signer.sign({ board: id, role, gen: 0 })]),
  ) as Record<Role, string>
  const links = Object.fromEntries(ROLES.map((role) => [role, linkFor(id, tokens[role])])) as Record<
    Role,
    string
  >
  return { id, title: readBoardMeta(doc).title, tokens, links }
}
