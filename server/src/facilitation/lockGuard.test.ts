import {
  addMap,
  addNote,
  deleteMap,
  deleteNote,
  deleteStage,
  duplicateMap,
  editNoteText,
  LocalOrigin,
  type Locks,
  moveMap,
  moveNote,
  parseRoom,
  type RefusedChanges,
  readBoard,
  renameStage,
  roomAccess,
  ServerOrigin,
  setBoardTitle,
} from '@jm/shared'
import { initBoard } from '@jm/shared/templates'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { lockRefusal } from './lockGuard.ts'

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

/** What the relay does with an editor's update: apply it, then undo what the locks refuse. */
function applyGuarded(server: Y.Doc, update: Uint8Array, locks: Locks): RefusedChanges | null {
  const plan = lockRefusal(server, update, locks)
  const sender = {}
  const undo = plan?.prepare(server, sender)
  Y.applyUpdate(server, update, sender)
  if (undo) server.transact(undo, new ServerOrigin('refusal'))
  return plan?.refused ?? null
}

describe('lockRefusal', () => {
  const locks = (skeleton: boolean, addLaneIds: string[] | null) => ({ skeleton, addLaneIds })

  it('undoes skeleton changes (stage names, board title) only while the skeleton is locked', () => {
    const { server, change, origin, stage } = boardPair()
    const rename = change((doc) => renameStage(doc, { stageId: stage, name: 'X' }, origin))
    expect(lockRefusal(server, rename, locks(false, null))).toBeNull()
    const title = change((doc) => setBoardTitle(doc, { title: 'New' }, origin))
    expect(applyGuarded(server, rename, locks(true, null))).toMatchObject({
      cause: 'structure-locked',
      items: [{ kind: 'stage', id: stage }],
    })
    expect(applyGuarded(server, title, locks(true, null))?.items).toEqual([{ kind: 'board', id: '' }])
    const view = readBoard(server)
    expect(view.stages.find((s) => s.id === stage)?.name).not.toBe('X')
    expect(view.meta.title).toBe('T')
  })

  it('keeps the rest of an update whose skeleton part is undone, and restores a deleted stage', () => {
    const { server, change, origin, stage, pains } = boardPair()
    const stagesBefore = readBoard(server).stages.map((s) => s.name)
    const mixed = change((doc) => {
      addNote(doc, { stageId: stage, laneId: pains, author: 'e', now: 2, text: 'kept' }, origin)
      renameStage(doc, { stageId: stage, name: 'X' }, origin)
      addNote(doc, { stageId: stage, laneId: pains, author: 'e', now: 3, text: 'kept too' }, origin)
    })
    applyGuarded(server, mixed, locks(true, null))
    const removal = change((doc) => deleteStage(doc, { stageId: stage, now: 4 }, origin))
    applyGuarded(server, removal, locks(true, null))
    const view = readBoard(server)
    expect(view.stages.map((s) => s.name)).toEqual(stagesBefore)
    expect(view.notes.map((note) => note.text).sort()).toEqual(['', 'kept', 'kept too'])
  })

  it('refuses adding, duplicating, reordering and removing maps; a refused removal keeps the map’s notes', () => {
    const { server, change, origin } = boardPair()
    const mapId = readBoard(server).maps[0]?.id ?? ''
    const second = addMap(server, { type: 'empathy', title: 'E', stageNames: ['Now'] }, new ServerOrigin('t'))
    const secondStage = readBoard(server).stages.find((s) => s.mapId === second)?.id ?? ''
    const secondLane = readBoard(server).lanes.find((l) => l.mapId === second)?.id ?? ''
    addNote(
      server,
      { stageId: secondStage, laneId: secondLane, author: 'f', now: 1, text: 'says' },
      new ServerOrigin('t'),
    )
    const before = readBoard(server)
    const edits = [
      change((doc) => {
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(server))
        addMap(doc, { type: 'strategic', title: '', stageNames: ['x'] }, origin)
      }),
      change((doc) => duplicateMap(doc, { mapId, title: 'Copy', now: 2 }, origin)),
      change((doc) => moveMap(doc, { mapId: second, index: 0 }, origin)),
      change((doc) => deleteMap(doc, { mapId: second }, origin)),
    ]
    for (const edit of edits)
      expect(applyGuarded(server, edit, locks(true, null))?.cause).toBe('structure-locked')
    const after = readBoard(server)
    expect(after.maps).toEqual(before.maps)
    expect(after.stages).toEqual(before.stages)
    expect(after.notes.map((note) => [note.id, note.text])).toEqual(
      before.notes.map((note) => [note.id, note.text]),
    )
  })

  it('removes a new note in a closed lane and puts a moved one back, but not edits, reorders or deletes there', () => {
    const { server, change, origin, pains, other, stage, noteInOther } = boardPair()
    const closed = locks(false, [pains])
    const addOpen = change((doc) =>
      addNote(doc, { stageId: stage, laneId: pains, author: 'e', now: 2 }, origin),
    )
    expect(lockRefusal(server, addOpen, closed)).toBeNull()
    const addClosed = change((doc) =>
      addNote(doc, { stageId: stage, laneId: other, author: 'e', now: 2, text: 'refused' }, origin),
    )
    expect(applyGuarded(server, addClosed, closed)).toMatchObject({ cause: 'lane-closed' })
    expect(readBoard(server).notes.map((note) => note.text)).not.toContain('refused')
    const type = change((doc) =>
      editNoteText(doc, { noteId: noteInOther, index: 0, deleteCount: 0, insert: 'hi', now: 3 }, origin),
    )
    expect(lockRefusal(server, type, closed)).toBeNull()
    const reorder = change((doc) =>
      moveNote(doc, { noteId: noteInOther, stageId: stage, laneId: other, index: 0, now: 3 }, origin),
    )
    expect(lockRefusal(server, reorder, closed)).toBeNull()
    const remove = change((doc) => deleteNote(doc, { noteId: noteInOther }, origin))
    expect(lockRefusal(server, remove, locks(true, [pains]))).toBeNull()
  })

  it('puts a note moved into a closed lane back where it was', () => {
    const { server, change, origin, pains, other, stage, noteInOther } = boardPair()
    const before = readBoard(server).notes.find((note) => note.id === noteInOther)
    const move = change((doc) => {
      editNoteText(doc, { noteId: noteInOther, index: 0, deleteCount: 0, insert: 'moved ', now: 3 }, origin)
      moveNote(doc, { noteId: noteInOther, stageId: stage, laneId: pains, index: 0, now: 3 }, origin)
    })
    expect(applyGuarded(server, move, locks(false, [other]))?.items).toEqual([
      { kind: 'note', id: noteInOther },
    ])
    const after = readBoard(server).notes.find((note) => note.id === noteInOther)
    expect(after).toMatchObject({ laneId: other, stageId: before?.stageId, order: before?.order })
    expect(after?.text).toBe('moved ')
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
    expect(lockRefusal(server, typed, locks(true, [pains]))).toBeNull()
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
