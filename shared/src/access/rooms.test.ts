import { describe, expect, it } from 'vitest'
import { parseRoom, roomAccess } from './rooms.ts'

describe('the canvas room of a board', () => {
  it('parses `<board>.canvas` as the canvas of that board', () => {
    expect(parseRoom('b1.canvas')).toEqual({ board: 'b1', kind: 'canvas' })
    expect(parseRoom('b1')).toEqual({ board: 'b1', kind: 'content' })
    expect(parseRoom('b1.canvas.x')).toBeNull()
    expect(parseRoom('b1.canvases')).toBeNull()
  })

  it('follows the content rules: every role reads, only facilitators and editors write', () => {
    const canvas = { board: 'b1', kind: 'canvas' } as const
    expect(roomAccess(canvas, 'facilitator', 'p1')).toEqual({ read: true, write: true })
    expect(roomAccess(canvas, 'editor', 'p2')).toEqual({ read: true, write: true })
    expect(roomAccess(canvas, 'viewer', 'p3')).toEqual({ read: true, write: false })
  })
})
