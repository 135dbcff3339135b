import { describe, expect, it } from 'vitest'
import { MAX_NOTE_TEXT, MAX_TAG_LENGTH } from '../../src/limits.ts'
import { addNote } from '../../src/ops/addNote.ts'
import { addPersona } from '../../src/ops/addPersona.ts'
import { deleteNote } from '../../src/ops/deleteNote.ts'
import { editNoteText } from '../../src/ops/editNoteText.ts'
import { moveNote } from '../../src/ops/moveNote.ts'
import { OpError } from '../../src/ops/OpError.ts'
import { setNoteFields } from '../../src/ops/setNoteFields.ts'
import { notesInCell } from '../../src/schema/readBoard.ts'
import { at, testBoard } from '../testBoard.ts'

describe('note operations', () => {
  it('adds notes at the end or at an index of a cell and reads them back in order', () => {
    const b = testBoard()
    const [stage, lane] = [at(b.stageIds, 0), at(b.laneIds, 0)]
    const first = addNote(b.doc, { stageId: stage, laneId: lane, author: 'a', now: 5, text: 'one' }, b.origin)
    const last = addNote(
      b.doc,
      { stageId: stage, laneId: lane, author: 'a', now: 6, text: 'three' },
      b.origin,
    )
    addNote(b.doc, { stageId: stage, laneId: lane, author: 'a', now: 7, text: 'two', index: 1 }, b.origin)
    const cell = notesInCell(b.view().notes, stage, lane)
    expect(cell.map((note) => note.text)).toEqual(['one', 'two', 'three'])
    expect(cell[0]).toMatchObject({ id: first, author: 'a', color: 'yellow', emotion: null, createdAt: 5 })
    expect(at(cell, 2).id).toBe(last)
  })

  it('moves a note to another cell and position with one set of field writes', () => {
    const b = testBoard()
    const [s0, s1, l0] = [at(b.stageIds, 0), at(b.stageIds, 1), at(b.laneIds, 0)]
    const a = addNote(b.doc, { stageId: s0, laneId: l0, author: 'a', now: 1, text: 'a' }, b.origin)
    addNote(b.doc, { stageId: s1, laneId: l0, author: 'a', now: 1, text: 'b' }, b.origin)
    moveNote(b.doc, { noteId: a, stageId: s1, laneId: l0, index: 0, now: 9 }, b.origin)
    expect(notesInCell(b.view().notes, s1, l0).map((note) => note.text)).toEqual(['a', 'b'])
    expect(b.view().notes.find((note) => note.id === a)?.updatedAt).toBe(9)
  })

  it('edits text by characters and sets colour, tags, emotion and persona', () => {
    const b = testBoard()
    const id = addNote(
      b.doc,
      { stageId: at(b.stageIds, 0), laneId: at(b.laneIds, 0), author: 'a', now: 1, text: 'helo' },
      b.origin,
    )
    editNoteText(b.doc, { noteId: id, index: 3, deleteCount: 0, insert: 'l', now: 2 }, b.origin)
    const persona = addPersona(b.doc, { name: 'CIO', role: 'decisionMaker' }, b.origin)
    setNoteFields(
      b.doc,
      {
        noteId: id,
        now: 3,
        color: 'pink',
        tags: [' pricing ', 'pricing', ''],
        emotion: -2,
        personaId: persona,
      },
      b.origin,
    )
    expect(b.view().notes[0]).toMatchObject({
      text: 'hello',
      color: 'pink',
      tags: ['pricing'],
      emotion: -2,
      personaId: persona,
      updatedAt: 3,
    })
    setNoteFields(b.doc, { noteId: id, now: 4, emotion: null, personaId: '' }, b.origin)
    expect(b.view().notes[0]).toMatchObject({ emotion: null, personaId: '' })
  })

  it('refuses bad input with a typed error and leaves the document untouched', () => {
    const b = testBoard()
    const cell = { stageId: at(b.stageIds, 0), laneId: at(b.laneIds, 0), author: 'a', now: 1 }
    const id = addNote(b.doc, cell, b.origin)
    const before = JSON.stringify(b.view())
    const refusals: Array<[() => unknown, string]> = [
      [() => addNote(b.doc, { ...cell, stageId: 'nope' }, b.origin), 'not-found'],
      [() => addNote(b.doc, { ...cell, text: 'x'.repeat(MAX_NOTE_TEXT + 1) }, b.origin), 'invalid'],
      [() => addNote(b.doc, { ...cell, color: 'teal' as never }, b.origin), 'invalid'],
      [() => addNote(b.doc, { ...cell, index: -1 }, b.origin), 'invalid'],
      [() => addNote(b.doc, { ...cell, id }, b.origin), 'invalid'],
      [() => addNote(b.doc, { ...cell, personaId: 'ghost' }, b.origin), 'not-found'],
      [
        () =>
          moveNote(
            b.doc,
            { noteId: 'nope', stageId: cell.stageId, laneId: cell.laneId, index: 0, now: 1 },
            b.origin,
          ),
        'not-found',
      ],
      [
        () =>
          moveNote(
            b.doc,
            { noteId: id, stageId: cell.stageId, laneId: cell.laneId, index: 1.5, now: 1 },
            b.origin,
          ),
        'invalid',
      ],
      [
        () => editNoteText(b.doc, { noteId: id, index: 2, deleteCount: 0, insert: 'x', now: 1 }, b.origin),
        'invalid',
      ],
      [() => setNoteFields(b.doc, { noteId: id, now: 1, emotion: 3 }, b.origin), 'invalid'],
      [() => setNoteFields(b.doc, { noteId: id, now: 1, emotion: 0.5 }, b.origin), 'invalid'],
      [() => setNoteFields(b.doc, { noteId: id, now: 1, tags: 'a' as never }, b.origin), 'invalid'],
      [
        () => setNoteFields(b.doc, { noteId: id, now: 1, tags: ['x'.repeat(MAX_TAG_LENGTH + 1)] }, b.origin),
        'invalid',
      ],
      [() => deleteNote(b.doc, { noteId: 'nope' }, b.origin), 'not-found'],
    ]
    for (const [run, code] of refusals) {
      expect(run).toThrow(OpError)
      try {
        run()
      } catch (error) {
        expect((error as OpError).code).toBe(code)
      }
    }
    expect(JSON.stringify(b.view())).toBe(before)
  })

  it('runs each operation in one transaction carrying the given origin', () => {
    const b = testBoard()
    const origins: unknown[] = []
    b.doc.on('afterTransaction', (transaction) => origins.push(transaction.origin))
    const id = addNote(
      b.doc,
      { stageId: at(b.stageIds, 0), laneId: at(b.laneIds, 0), author: 'a', now: 1 },
      b.origin,
    )
    setNoteFields(b.doc, { noteId: id, now: 2, color: 'blue', emotion: 1 }, b.origin)
    deleteNote(b.doc, { noteId: id }, b.origin)
    expect(origins).toEqual([b.origin, b.origin, b.origin])
  })
})
