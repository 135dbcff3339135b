import type { Role } from '@jm/shared'

/**
 * Room names: `<board>` (content), `<board>.control` (facilitation state),
 * `<board>.ballot.<participant>` (one participant's votes), `<board>.private.<participant>` (notes
 * written during private brainstorming, until the facilitator reveals them). See DESIGN.md "Rooms".
 */
export type RoomKind = 'content' | 'control' | 'ballot' | 'private'

export interface ParsedRoom {
  board: string
  kind: RoomKind
  participant?: string
}

const ID = '[a-z0-9][a-z0-9_-]{0,63}'
const ROOM = new RegExp(`^(${ID})(?:\\.(control)|\\.(ballot|private)\\.(${ID}))?$`)

export function parseRoom(name: string): ParsedRoom | null {
  const match = ROOM.exec(name)
  if (!match?.[1]) return null
  if (match[2]) return { board: match[1], kind: 'control' }
  if (match[4])
    return { board: match[1], kind: match[3] === 'private' ? 'private' : 'ballot', participant: match[4] }
  return { board: match[1], kind: 'content' }
}

export const isBoardId = (id: string): boolean => new RegExp(`^${ID}$`).test(id)

export interface RoomAccess {
  read: boolean
  write: boolean
}

/** Who may read and write which room. */
export function roomAccess(room: ParsedRoom, role: Role, participant: string | undefined): RoomAccess {
  switch (room.kind) {
    case 'content':
      return { read: true, write: role !== 'viewer' }
    case 'control':
      return { read: true, write: role === 'facilitator' }
    case 'ballot':
    case 'private': {
      const own = participant !== undefined && participant === room.participant && role !== 'viewer'
      return { read: own, write: own }
    }
  }
}
