import { can, type Role } from './capabilities.ts'

/**
 * A board's rooms, each a Y.Doc on the same relay: `<board>` (content), `<board>.control`
 * (facilitation state), `<board>.ballot.<participant>` (one participant's votes), `<board>.canvas`
 * (the freeform tldraw canvas, kept apart so the map's sync never carries drawings),
 * `<board>.private.<participant>` (notes written during private brainstorming, until revealed) and
 * `<board>.tally` (the server's own vote records; no client may open it). Every room name is built
 * and parsed here, and nowhere else.
 */
export type RoomKind = 'content' | 'control' | 'ballot' | 'canvas' | 'private' | 'tally'

export interface ParsedRoom {
  board: string
  kind: RoomKind
  participant?: string
}

/** Board and participant ids: what a room name may contain between its dots. */
const ID = '[a-z0-9][a-z0-9_-]{0,63}'
const ID_ONLY = new RegExp(`^${ID}$`)
const ROOM = new RegExp(`^(${ID})(?:\\.(control|canvas|tally)|\\.(ballot|private)\\.(${ID}))?$`)

export const isBoardId = (id: string): boolean => ID_ONLY.test(id)

export const contentRoomName = (board: string): string => board
export const controlRoomName = (board: string): string => `${board}.control`
export const canvasRoomName = (board: string): string => `${board}.canvas`
export const tallyRoomName = (board: string): string => `${board}.tally`
export const ballotRoomName = (board: string, participant: string): string => `${board}.ballot.${participant}`
export const privateRoomName = (board: string, participant: string): string =>
  `${board}.private.${participant}`

/**
 * The board a room belongs to: its name up to the first dot. Storage's SQL says the same in its own
 * terms (sqlite.ts, postgres.ts) to find the rooms of deleted boards.
 */
export const boardOfRoom = (room: string): string => room.split('.', 1)[0] ?? ''

export function parseRoom(name: string): ParsedRoom | null {
  const match = ROOM.exec(name)
  if (!match?.[1]) return null
  if (match[2] === 'control' || match[2] === 'canvas' || match[2] === 'tally')
    return { board: match[1], kind: match[2] }
  if (match[4])
    return { board: match[1], kind: match[3] === 'private' ? 'private' : 'ballot', participant: match[4] }
  return { board: match[1], kind: 'content' }
}

export interface RoomAccess {
  read: boolean
  write: boolean
}

/** Who may read and write which room, from the role's capabilities. */
export function roomAccess(room: ParsedRoom, role: Role, participant: string | undefined): RoomAccess {
  switch (room.kind) {
    case 'content':
    case 'canvas':
      return { read: true, write: can(role, 'editContent') }
    case 'control':
      return { read: true, write: can(role, 'facilitate') }
    case 'tally':
      return { read: false, write: false }
    case 'ballot':
    case 'private': {
      const own = participant !== undefined && participant === room.participant && can(role, 'vote')
      return { read: own, write: own }
    }
  }
}
