import {
  addAction,
  addNote,
  type BoardView,
  deleteAction,
  deleteLane,
  deleteNote,
  deleteStage,
  editNoteText,
  LocalOrigin,
  lanesOf,
  moveNote,
  notesInCell,
  readBoard,
  restoreStage,
  setActionFields,
  setNoteFields,
  sortOrdered,
  stagesOf,
} from '@jm/shared'
import { initBoard } from '@jm/shared/templates'
import { createComputed, createRoot } from 'solid-js'
import { unwrap } from 'solid-js/store'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type BoardStore, createBoardStore } from './createBoardStore.ts'

const origin = new LocalOrigin('test')
const flushed = () => new Promise<void>((resolve) => queueMicrotask(resolve))

function newBoard() {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Store', locale: 'en', now: 1 }, origin)
  const stages = [...stagesOf(doc).keys()]
  const lanes = [...lanesOf(doc).keys()]
  return { doc, stages, lanes }
}

const plain = (view: BoardView) => JSON.parse(JSON.stringify(unwrap(view))) as BoardView

/** The store shows exactly what a fresh full read of the document shows, cell by cell. */
function expectProjection(store: BoardStore, doc: Y.Doc) {
  const expected = readBoard(doc)
  const actual = plain(store.board)
  expect({
    ...actual,
    notes: sortOrdered(actual.notes),
    unplacedNotes: sortOrdered(actual.unplacedNotes),
  }).toEqual(expected)
  for (const stage of expected.stages) {
    for (const lane of expected.lanes) {
      expect(store.notesIn(stage.id, lane.id).map((note) => note.id)).toEqual(
        notesInCell(expected.notes, stage.id, lane.id).map((note) => note.id),
      )
    }
  }
}

describe('createBoardStore', () => {
  const disposers: Array<() => void> = []
  afterEach(() => {
    for (const dispose of disposers.splice(0)) dispose()
  })
  const storeOf = (doc: Y.Doc) =>
    createRoot((dispose) => {
      disposers.push(dispose)
      return createBoardStore(doc)
    })

  it('follows actions, and drops a deleted note from the actions that addressed it', async () => {
    const { doc, stages, lanes } = newBoard()
    const cell = { stageId: stages[0] as string, laneId: lanes[0] as string, author: 'a', now: 1 }
    const pain = addNote(doc, { ...cell, text: 'pain' }, origin)
    const store = storeOf(doc)
    const action = addAction(doc, { title: 'Fix it', noteIds: [pain], author: 'a', now: 2 }, origin)
    await flushed()
    expectProjection(store, doc)
    setActionFields(doc, { actionId: action, owner: 'Support', status: 'doing', author: 'a', now: 3 }, origin)
    await flushed()
    expectProjection(store, doc)
    deleteNote(doc, { noteId: pain }, origin)
    await flushed()
    expect(store.board.actions[0]?.noteIds).toEqual([])
    expectProjection(store, doc)
    deleteAction(doc, { actionId: action }, origin)
    await flushed()
    expectProjection(store, doc)
  })

  it('follows note edits, moves, deletions and stage or lane deletions and restores', async () => {
    const { doc, stages, lanes } = newBoard()
    const [s0, s1, s2] = stages as [string, string, string]
    const [l0, l1] = lanes as [string, string]
    const ids = [0, 1, 2, 3, 4, 5].map((i) =>
      addNote(
        doc,
        { stageId: stages[i % 3] as string, laneId: l0, author: 'a', now: 1, text: `n${i}` },
        origin,
      ),
    )
    const store = storeOf(doc)
    expectProjection(store, doc)

    const [n0, n1, n2, n3] = ids as [string, string, string, string]
    editNoteText(doc, { noteId: n0, index: 0, deleteCount: 0, insert: 'typed ', now: 2 }, origin)
    moveNote(doc, { noteId: n1, stageId: s0, laneId: l0, index: 0, now: 2 }, origin)
    setNoteFields(doc, { noteId: n2, emotion: 2, tags: ['pain'], color: 'pink', now: 2 }, origin)
    await flushed()
    expectProjection(store, doc)

    // Several changes in one transaction, as a drag of a selection makes them.
    doc.transact(() => {
      moveNote(doc, { noteId: n0, stageId: s2, laneId: l1, index: 0, now: 3 }, origin)
      moveNote(doc, { noteId: n3, stageId: s2, laneId: l1, index: 0, now: 3 }, origin)
      deleteNote(doc, { noteId: n2 }, origin)
      addNote(doc, { stageId: s1, laneId: l1, author: 'a', now: 3, text: 'new' }, origin)
    }, origin)
    await flushed()
    expectProjection(store, doc)

    deleteStage(doc, { stageId: s2, redirectTo: s1, now: 4 }, origin)
    await flushed()
    expectProjection(store, doc)
    expect(store.notesIn(s1, l1).map((note) => note.id)).toContain(n0)

    deleteLane(doc, { laneId: l1, now: 5 }, origin)
    await flushed()
    expectProjection(store, doc)

    restoreStage(doc, { stageId: s2 }, origin)
    await flushed()
    expectProjection(store, doc)
  })

  it('merges a remote replica and re-sorts only what it touched', async () => {
    const { doc, stages, lanes } = newBoard()
    const cell = { stageId: stages[0] as string, laneId: lanes[0] as string }
    const first = addNote(doc, { ...cell, author: 'a', now: 1, text: 'first' }, origin)
    const remote = new Y.Doc()
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc))
    const store = storeOf(doc)
    addNote(remote, { ...cell, index: 0, author: 'b', now: 2, text: 'before first' }, origin)
    moveNote(
      remote,
      { noteId: first, stageId: stages[1] as string, laneId: cell.laneId, index: 0, now: 2 },
      origin,
    )
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)))
    await flushed()
    expectProjection(store, doc)
  })

  it('signals plain notes on every change but typing', async () => {
    const { doc, stages, lanes } = newBoard()
    const noteId = addNote(
      doc,
      { stageId: stages[0] as string, laneId: lanes[0] as string, author: 'a', now: 1 },
      origin,
    )
    const store = storeOf(doc)
    let runs = 0
    createRoot((dispose) => {
      disposers.push(dispose)
      // A computation, like the emotion curve's memo, that scans the plain notes.
      createComputed(() => {
        store.plainNotes()
        runs++
      })
    })
    expect(runs).toBe(1)
    editNoteText(doc, { noteId, index: 0, deleteCount: 0, insert: 'typing', now: 2 }, origin)
    await flushed()
    expect(runs).toBe(1)
    setNoteFields(doc, { noteId, emotion: -1, now: 3 }, origin)
    await flushed()
    expect(runs).toBe(2)
    expect(store.plainNotes().find((note) => note.id === noteId)?.emotion).toBe(-1)
  })
})
