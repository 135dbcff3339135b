import type { Role } from '@jm/shared'

/**
 * Room names: `<board>` (content), `<board>.control` (facilitation state),
 * `<board>.ballot.<participant>` (one participant's votes), `<board>.canvas` (the freeform tldraw
 * canvas, kept apart so the map's sync never carries drawings). See DESIGN.md "Rooms".
 */
export type RoomKind = 'content' | 'control' | 'ballot' | 'canvas'

export interface ParsedRoom {
  board: string
  kind: RoomKind
  participant?: string
}

const ID = '[a-z0-9][a-z0-9_-]{0,63}'
const ROOM = new RegExp(`^(${ID})(?:\\.(control|canvas)|\\.ballot\\.(${ID}))?$`)

export function parseRoom(name: string): ParsedRoom | null {
  const match = ROOM.exec(name)
  if (!match?.[1]) return null
  if (match[2] === 'control' || match[2] === 'canvas') return { board: match[1], kind: match[2] }
  if (match[3]) return { board: match[1], kind: 'ballot', participant: match[3] }
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
    case 'canvas':
      return { read: true, write: role !== 'viewer' }
    case 'control':
      return { read: true, write: role === 'facilitator' }
    case 'ballot': {
      const own = participant !== undefined && participant === room.participant && role !== 'viewer'
      return { read: own, write: own }
    }
  }
}
