import type { Role } from '@jm/shared'

/**
 * Room names: `<board>` (content), `<board>.control` (facilitation state),
 * `<board>.ballot.<participant>` (one participant's votes), `<board>.canvas` (the freeform tldraw
 * canvas, kept apart so the map's sync never carries drawings), `<board>.private.<participant>`
 * (notes written during private brainstorming, until the facilitator reveals them) and
 * `<board>.tally` (the server's own vote records; no client may open it). See DESIGN.md "Rooms".
 */
export type RoomKind = 'content' | 'control' | 'ballot' | 'canvas' | 'private' | 'tally'

export interface ParsedRoom {
  board: string
  kind: RoomKind
  participant?: string
}

const ID = '[a-z0-9][a-z0-9_-]{0,63}'
const ROOM = new RegExp(`^(${ID})(?:\\.(control|canvas|tally)|\\.(ballot|private)\\.(${ID}))?$`)

export function parseRoom(name: string): ParsedRoom | null {
  const match = ROOM.exec(name)
  if (!match?.[1]) return null
  if (match[2] === 'control' || match[2] === 'canvas' || match[2] === 'tally')
    return { board: match[1], kind: match[2] }
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
    case 'canvas':
      return { read: true, write: role !== 'viewer' }
    case 'control':
      return { read: true, write: role === 'facilitator' }
    case 'tally':
      return { read: false, write: false }
    case 'ballot':
    case 'private': {
      const own = participant !== undefined && participant === room.participant && role !== 'viewer'
      return { read: own, write: own }
    }
  }
}
