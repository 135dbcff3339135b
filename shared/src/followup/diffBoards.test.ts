import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNote, deleteNote, editNoteText, moveNote, setNoteFields } from '../index.ts'
import { LocalOrigin } from '../ops/origin.ts'
import { readBoard } from '../schema/readBoard.ts'
import { initBoard } from '../templates/index.ts'
import { diffBoards, digestByCell } from './diffBoards.ts'

const origin = new LocalOrigin('tester')

function boardWithNotes() {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Diff', locale: 'en', now: 0 }, origin)
  const { stages, lanes } = readBoard(doc)
  const [s0, s1] = stages
  const [l0, l1] = lanes
  if (!s0 || !s1 || !l0 || !l1) throw new Error('template too small')
  const keep = addNote(doc, { stageId: s0.id, laneId: l0.id, author: 'a', now: 1, text: 'keep' }, origin)
  const edit = addNote(doc, { stageId: s0.id, laneId: l0.id, author: 'a', now: 1, text: 'edit me' }, origin)
  const move = addNote(doc, { stageId: s0.id, laneId: l1.id, author: 'a', now: 1, text: 'move me' }, origin)
  const drop = addNote(doc, { stageId: s1.id, laneId: l1.id, author: 'a', now: 1, text: 'drop me' }, origin)
  return { doc, ids: { keep, edit, move, drop }, s1, l0, l1 }
}

describe('diffBoards', () => {
  it('classifies added, edited, moved and removed notes and groups them by cell', () => {
    const { doc, ids, s1, l0 } = boardWithNotes()
    const before = readBoard(doc)
    editNoteText(doc, { noteId: ids.edit, index: 0, deleteCount: 4, insert: 'edited', now: 2 }, origin)
    setNoteFields(doc, { noteId: ids.keep, now: 2 }, origin)
    moveNote(doc, { noteId: ids.move, stageId: s1.id, laneId: l0.id, index: 0, now: 2 }, origin)
    deleteNote(doc, { noteId: ids.drop }, origin)
    const added = addNote(doc, { stageId: s1.id, laneId: l0.id, author: 'b', now: 3, text: 'new' }, origin)

    const diff = diffBoards(before, readBoard(doc))
    const byId = new Map(diff.notes.map((change) => [change.id, change.kind]))
    expect(Object.fromEntries(byId)).toEqual({
      [ids.edit]: 'edited',
      [ids.move]: 'moved',
      [ids.drop]: 'removed',
      [added]: 'added',
    })
    expect(diff.notes.find((c) => c.id === ids.edit)?.fields).toEqual(['text'])
    const target = digestByCell(diff).find((cell) => cell.stageId === s1.id && cell.laneId === l0.id)
    expect(target).toMatchObject({ added: 1, moved: 1, edited: 0, removed: 0 })
  })

  it('reports nothing for identical boards and ignores reordering inside a cell', () => {
    const { doc, ids } = boardWithNotes()
    const before = readBoard(doc)
    const note = before.notes.find((n) => n.id === ids.keep)
    if (!note) throw new Error('missing note')
    moveNote(doc, { noteId: ids.keep, stageId: note.stageId, laneId: note.laneId, index: 5, now: 9 }, origin)
    expect(diffBoards(before, readBoard(doc)).notes).toEqual([])
  })
})
