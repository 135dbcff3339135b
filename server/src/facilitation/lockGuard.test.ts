import {
  addNote,
  deleteNote,
  editNoteText,
  initBoard,
  LocalOrigin,
  moveNote,
  readBoard,
  renameStage,
  ServerOrigin,
  setBoardTitle,
} from '@jm/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseRoom, roomAccess } from '../auth/rooms.ts'
import { lockViolation } from './lockGuard.ts'

/** The server's copy, and an editor's replica of it; `change` returns the editor's update. */
function boardPair() {
  const server = new Y.Doc()
  initBoard(server, { title: 'T', locale: 'en', now: 1 }, new ServerOrigin('test'))
  const view = readBoard(server)
  const pains = view.lanes.find((lane) => lane.kind === 'painPoints')?.id ?? ''
  const other = view.lanes.find((lane) => lane.kind === 'touchpoints')?.id ?? ''
  const stage = view.stages[0]?.id ?? ''
  const noteInOther = addNote(
    server,
    { stageId: stage, laneId: other, author: 'f', now: 1 },
    new ServerOrigin('t'),
  )
  const editor = new Y.Doc()
  Y.applyUpdate(editor, Y.encodeStateAsUpdate(server))
  const origin = new LocalOrigin('ed')
  const change = (run: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(editor)
    run(editor)
    return Y.encodeStateAsUpdate(editor, before)
  }
  return { server, change, origin, pains, other, stage, noteInOther }
}

describe('lockViolation', () => {
  const locks = (skeleton: boolean, addLaneIds: string[] | null) => ({ skeleton, addLaneIds })

  it('refuses skeleton changes (stage names, board title) only while the skeleton is locked', () => {
    const { server, change, origin, stage } = boardPair()
    const rename = change((doc) => renameStage(doc, { stageId: stage, name: 'X' }, origin))
    expect(lockViolation(server, rename, locks(true, null))).toMatch(/locked/)
    expect(lockViolation(server, rename, locks(false, null))).toBeNull()
    const title = change((doc) => setBoardTitle(doc, { title: 'New' }, origin))
    expect(lockViolation(server, title, locks(true, null))).toMatch(/locked/)
  })

  it('refuses a new note or a move into a closed lane, but not edits, reorders or deletes there', () => {
    const { server, change, origin, pains, other, stage, noteInOther } = boardPair()
    const closed = locks(false, [pains])
    const addOpen = change((doc) =>
      addNote(doc, { stageId: stage, laneId: pains, author: 'e', now: 2 }, origin),
    )
    expect(lockViolation(server, addOpen, closed)).toBeNull()
    const addClosed = change((doc) =>
      addNote(doc, { stageId: stage, laneId: other, author: 'e', now: 2 }, origin),
    )
    expect(lockViolation(server, addClosed, closed)).toMatch(/closed that lane/)
    const type = change((doc) =>
      editNoteText(doc, { noteId: noteInOther, index: 0, deleteCount: 0, insert: 'hi', now: 3 }, origin),
    )
    expect(lockViolation(server, type, closed)).toBeNull()
    const reorder = change((doc) =>
      moveNote(doc, { noteId: noteInOther, stageId: stage, laneId: other, index: 0, now: 3 }, origin),
    )
    expect(lockViolation(server, reorder, closed)).toBeNull()
    const remove = change((doc) => deleteNote(doc, { noteId: noteInOther }, origin))
    expect(lockViolation(server, remove, locks(true, [pains]))).toBeNull()
  })

  it('resolves items whose parent is only given through their left origin (typing after existing text)', () => {
    const { server, change, origin, pains, stage } = boardPair()
    const noteId = addNote(
      server,
      { stageId: stage, laneId: pains, author: 'f', now: 1, text: 'abc' },
      origin,
    )
    // Bring the editor up to date, then type at the end: the new item names only its left origin.
    const sync = Y.encodeStateAsUpdate(server)
    const typed = change((doc) => {
      Y.applyUpdate(doc, sync)
      editNoteText(doc, { noteId, index: 3, deleteCount: 0, insert: 'd', now: 4 }, origin)
    })
    expect(lockViolation(server, typed, locks(true, [pains]))).toBeNull()
  })
})

describe('facilitation room names', () => {
  it('parses private and tally rooms; only the participant opens their private room, nobody the tally', () => {
    expect(parseRoom('b1.private.p1')).toEqual({ board: 'b1', kind: 'private', participant: 'p1' })
    expect(parseRoom('b1.tally')).toEqual({ board: 'b1', kind: 'tally' })
    const own = { board: 'b1', kind: 'private', participant: 'p1' } as const
    expect(roomAccess(own, 'editor', 'p1')).toEqual({ read: true, write: true })
    expect(roomAccess(own, 'facilitator', 'p2')).toEqual({ read: false, write: false })
    expect(roomAccess({ board: 'b1', kind: 'tally' }, 'facilitator', 'p1')).toEqual({
      read: false,
      write: false,
    })
  })
})
