import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { exportBoardJson, serializeBoardJson } from '../../src/io/boardJson.ts'
import { parseBoardJson } from '../../src/io/parseBoardJson.ts'
import { writeBoardSnapshot } from '../../src/io/writeBoardSnapshot.ts'
import { MAX_ACTION_NOTES, MAX_ACTION_TITLE } from '../../src/limits.ts'
import { addAction } from '../../src/ops/addAction.ts'
import { addNote } from '../../src/ops/addNote.ts'
import { deleteAction } from '../../src/ops/deleteAction.ts'
import { deleteNote } from '../../src/ops/deleteNote.ts'
import { OpError } from '../../src/ops/OpError.ts'
import { LocalOrigin } from '../../src/ops/origin.ts'
import { setActionFields } from '../../src/ops/setActionFields.ts'
import { isOverdue } from '../../src/schema/action.ts'
import { readActions } from '../../src/schema/readBoard.ts'
import { changesDocument } from '../fixtures.ts'
import { at, type TestBoard, testBoard } from '../testBoard.ts'

const note = (b: TestBoard, text = '') =>
  addNote(
    b.doc,
    { stageId: at(b.stageIds, 0), laneId: at(b.laneIds, 0), author: 'a', now: 1, text },
    b.origin,
  )

describe('actions', () => {
  it('adds an action for notes with defaults, edits its fields and deletes it', () => {
    const b = testBoard()
    const pain = note(b, 'Slow onboarding')
    const id = addAction(
      b.doc,
      { title: '  Onboarding guide ', noteIds: [pain, pain], author: 'ann', now: 5 },
      b.origin,
    )
    expect(b.view().actions).toEqual([
      {
        id,
        title: 'Onboarding guide',
        noteIds: [pain],
        owner: '',
        due: '',
        status: 'proposed',
        impact: 3,
        effort: 3,
        createdBy: 'ann',
        createdAt: 5,
        updatedBy: 'ann',
        updatedAt: 5,
      },
    ])
    setActionFields(
      b.doc,
      {
        actionId: id,
        owner: 'Customer success',
        due: '2025-03-31',
        status: 'doing',
        impact: 5,
        effort: 2,
        author: 'bob',
        now: 9,
      },
      b.origin,
    )
    expect(at(readActions(b.doc), 0)).toMatchObject({
      owner: 'Customer success',
      due: '2025-03-31',
      status: 'doing',
      impact: 5,
      effort: 2,
      createdBy: 'ann',
      updatedBy: 'bob',
      updatedAt: 9,
    })
    deleteAction(b.doc, { actionId: id }, b.origin)
    expect(readActions(b.doc)).toEqual([])
  })

  it('links and unlinks notes, and drops links to deleted notes when reading', () => {
    const b = testBoard()
    const [first, second, third] = [note(b), note(b), note(b)]
    const id = addAction(b.doc, { title: 'Fix', noteIds: [first], author: 'a', now: 1 }, b.origin)
    setActionFields(
      b.doc,
      { actionId: id, linkNoteIds: [second, third], unlinkNoteIds: [first], author: 'a', now: 2 },
      b.origin,
    )
    expect(at(readActions(b.doc), 0).noteIds).toEqual([second, third].sort())
    deleteNote(b.doc, { noteId: second }, b.origin)
    expect(at(readActions(b.doc), 0).noteIds).toEqual([third])
    expect(b.view().actions[0]?.noteIds).toEqual([third])
  })

  it('refuses bad input and leaves the document untouched', () => {
    const b = testBoard()
    const pain = note(b)
    const refused = (run: () => void) => {
      let error: unknown
      expect(
        changesDocument(b.doc, () => {
          try {
            run()
          } catch (caught) {
            error = caught
          }
        }),
      ).toBe(false)
      expect(error).toBeInstanceOf(OpError)
    }
    const add = (fields: Partial<Parameters<typeof addAction>[1]>) => () =>
      addAction(b.doc, { title: 'x', author: 'a', now: 1, ...fields }, b.origin)
    refused(add({ title: ' ' }))
    refused(add({ title: 'x'.repeat(MAX_ACTION_TITLE + 1) }))
    refused(add({ noteIds: ['missing'] }))
    refused(add({ due: '2025-02-30' }))
    refused(add({ due: 'tomorrow' }))
    refused(add({ impact: 6 }))
    refused(add({ effort: 1.5 }))
    refused(add({ status: 'blocked' as never }))
    const many = Array.from({ length: MAX_ACTION_NOTES + 1 }, () => note(b))
    refused(add({ noteIds: many }))
    const id = addAction(b.doc, { title: 'ok', noteIds: [pain], author: 'a', now: 1 }, b.origin)
    refused(() => setActionFields(b.doc, { actionId: 'nope', title: 'y', author: 'a', now: 2 }, b.origin))
    refused(() => setActionFields(b.doc, { actionId: id, linkNoteIds: many, author: 'a', now: 2 }, b.origin))
    refused(() => deleteAction(b.doc, { actionId: 'nope' }, b.origin))
  })

  it('reads malformed fields from a foreign client as defaults', () => {
    const b = testBoard()
    const foreign = new Y.Map<unknown>()
    b.doc.getMap('actions').set('f1', foreign)
    foreign.set('title', 42)
    foreign.set('status', 'someday')
    foreign.set('impact', 99)
    foreign.set('effort', 'a lot')
    foreign.set('due', '31/03/2025')
    foreign.set('noteIds', ['not', 'a', 'map'])
    b.doc.getMap('actions').set('junk', 'not an entity' as never)
    expect(readActions(b.doc)).toEqual([
      expect.objectContaining({
        id: 'f1',
        title: '',
        status: 'proposed',
        impact: 5,
        effort: 3,
        due: '',
        noteIds: [],
      }),
    ])
    // Linking repairs the malformed link set rather than failing.
    const pain = note(b)
    setActionFields(b.doc, { actionId: 'f1', linkNoteIds: [pain], author: 'a', now: 2 }, b.origin)
    expect(at(readActions(b.doc), 0).noteIds).toEqual([pain])
  })

  it('lists open work first, most impact per effort first, and marks overdue open actions', () => {
    const b = testBoard()
    const add = (title: string, fields: Partial<Parameters<typeof addAction>[1]>) =>
      addAction(b.doc, { title, author: 'a', now: 1, ...fields }, b.origin)
    add('done', { status: 'done', impact: 5, effort: 1 })
    add('big', { status: 'planned', impact: 5, effort: 5 })
    add('quick win', { status: 'planned', impact: 4, effort: 1 })
    add('doing', { status: 'doing', impact: 1, effort: 5 })
    add('dropped', { status: 'dropped' })
    const actions = readActions(b.doc)
    expect(actions.map((a) => a.title)).toEqual(['doing', 'quick win', 'big', 'done', 'dropped'])
    const late = { ...at(actions, 0), due: '2025-01-01' }
    expect(isOverdue(late, '2025-01-02')).toBe(true)
    expect(isOverdue(late, '2025-01-01')).toBe(false)
    expect(isOverdue({ ...late, status: 'done' }, '2025-06-01')).toBe(false)
    expect(isOverdue({ ...late, due: '' }, '2025-06-01')).toBe(false)
  })

  it('merges actions two replicas created and edited offline', () => {
    const a = testBoard()
    const bDoc = new Y.Doc()
    Y.applyUpdate(bDoc, Y.encodeStateAsUpdate(a.doc))
    const bOrigin = new LocalOrigin('b')
    const pain = note(a, 'pain')
    const opportunity = note(a, 'opportunity')
    const shared = addAction(a.doc, { title: 'Shared', noteIds: [pain], author: 'ann', now: 1 }, a.origin)
    Y.applyUpdate(bDoc, Y.encodeStateAsUpdate(a.doc))
    // Offline: each side adds its own action, edits different fields of the shared one and links a note.
    const mine = addAction(a.doc, { title: 'Ann’s', author: 'ann', now: 2 }, a.origin)
    const theirs = addAction(bDoc, { title: 'Bob’s', noteIds: [opportunity], author: 'bob', now: 2 }, bOrigin)
    setActionFields(a.doc, { actionId: shared, owner: 'Sales', author: 'ann', now: 3 }, a.origin)
    setActionFields(
      bDoc,
      { actionId: shared, due: '2025-05-01', linkNoteIds: [opportunity], author: 'bob', now: 3 },
      bOrigin,
    )
    setActionFields(
      a.doc,
      { actionId: shared, linkNoteIds: [opportunity], unlinkNoteIds: [pain], author: 'ann', now: 4 },
      a.origin,
    )
    Y.applyUpdate(bDoc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(bDoc)))
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(bDoc, Y.encodeStateVector(a.doc)))
    expect(readActions(bDoc)).toEqual(readActions(a.doc))
    const byId = new Map(readActions(a.doc).map((action) => [action.id, action]))
    expect([...byId.keys()].sort()).toEqual([shared, mine, theirs].sort())
    expect(byId.get(shared)).toMatchObject({ owner: 'Sales', due: '2025-05-01', noteIds: [opportunity] })
    expect(byId.get(theirs)?.noteIds).toEqual([opportunity])
  })

  it('survives a JSON export and import', () => {
    const b = testBoard()
    const pain = note(b)
    addAction(
      b.doc,
      { title: 'Guide', noteIds: [pain], owner: 'CS', due: '2025-04-01', author: 'a', now: 1 },
      b.origin,
    )
    const { board } = parseBoardJson(serializeBoardJson(exportBoardJson(b.doc, new Date(0))))
    const copy = new Y.Doc()
    writeBoardSnapshot(copy, board, b.origin)
    expect(readActions(copy)).toEqual(readActions(b.doc))
  })
})
