import { describe, expect, it } from 'vitest'
import { CAPABILITIES, can, ROLES, rolesThatCan } from './capabilities.ts'
import { parseRoom, roomAccess } from './rooms.ts'

describe('what each role may do', () => {
  it('gives facilitators everything, editors content and votes, viewers reading only', () => {
    expect(CAPABILITIES.filter((c) => can('facilitator', c))).toEqual([...CAPABILITIES])
    expect(CAPABILITIES.filter((c) => can('editor', c))).toEqual(['read', 'editContent', 'vote'])
    expect(CAPABILITIES.filter((c) => can('viewer', c))).toEqual(['read'])
    expect(rolesThatCan('deleteBoard')).toEqual(['facilitator'])
    expect(rolesThatCan('read')).toEqual([...ROLES])
  })

  it('opens each room of a board to the roles whose capabilities it needs', () => {
    const access = (room: string, role: (typeof ROLES)[number], participant?: string) => {
      const parsed = parseRoom(room)
      if (!parsed) throw new Error(`not a room: ${room}`)
      return roomAccess(parsed, role, participant)
    }
    expect(access('b1.control', 'facilitator')).toEqual({ read: true, write: true })
    expect(access('b1.control', 'editor')).toEqual({ read: true, write: false })
    expect(access('b1.ballot.p1', 'editor', 'p1')).toEqual({ read: true, write: true })
    expect(access('b1.ballot.p1', 'editor', 'p2')).toEqual({ read: false, write: false })
    expect(access('b1.ballot.p1', 'viewer', 'p1')).toEqual({ read: false, write: false })
    expect(access('b1.tally', 'facilitator')).toEqual({ read: false, write: false })
    expect(access('b1', 'viewer')).toEqual({ read: true, write: false })
  })
})
