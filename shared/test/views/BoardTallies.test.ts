import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addNote } from '../../src/ops/addNote.ts'
import { deleteLane } from '../../src/ops/deleteLane.ts'
import { deleteNote } from '../../src/ops/deleteNote.ts'
import { deleteStage } from '../../src/ops/deleteStage.ts'
import { moveNote } from '../../src/ops/moveNote.ts'
import { restoreStage } from '../../src/ops/restoreStage.ts'
import { setNoteFields } from '../../src/ops/setNoteFields.ts'
import type { BoardView } from '../../src/schema/readBoard.ts'
import { BoardTallies } from '../../src/views/BoardTallies.ts'
import { at, type TestBoard, testBoard } from '../testBoard.ts'

/** The tallies worked out from scratch from a full snapshot: the oracle for the incremental ones. */
function expectedTallies(view: BoardView) {
  const painLanes = new Set(view.lanes.filter((lane) => lane.kind === 'painPoints').map((lane) => lane.id))
  return view.stages.map((stage) => {
    const notes = view.notes.filter((note) => note.stageId === stage.id)
    const rated = notes.filter((note) => note.emotion !== null)
    const perLane = new Map<string, number>()
    for (const note of notes) perLane.set(note.laneId, (perLane.get(note.laneId) ?? 0) + 1)
    const sum = rated.reduce((total, note) => total + (note.emotion ?? 0), 0)
    return {
      stageId: stage.id,
      noteCount: notes.length,
      notesPerLane: perLane,
      ratedCount: rated.length,
      emotionSum: sum,
      averageEmotion: rated.length ? sum / rated.length : null,
      painCount: notes.filter((note) => painLanes.has(note.laneId)).length,
    }
  })
}

function painLane(b: TestBoard): string {
  const lane = b.view().lanes.find((l) => l.kind === 'painPoints')
  if (!lane) throw new Error('no pain lane')
  return lane.id
}

describe('BoardTallies', () => {
  it('counts notes per lane, average emotion and pains per stage, and draws the emotion curve', () => {
    const b = testBoard()
    const tallies = new BoardTallies(b.doc)
    const [s0, s1] = [at(b.stageIds, 0), at(b.stageIds, 1)]
    const [l0, pain] = [at(b.laneIds, 0), painLane(b)]
    const n1 = addNote(b.doc, { stageId: s0, laneId: l0, author: 'a', now: 1 }, b.origin)
    addNote(b.doc, { stageId: s0, laneId: pain, author: 'a', now: 1 }, b.origin)
    setNoteFields(b.doc, { noteId: n1, now: 2, emotion: -2 }, b.origin)
    const n3 = addNote(b.doc, { stageId: s1, laneId: l0, author: 'a', now: 1 }, b.origin)
    setNoteFields(b.doc, { noteId: n3, now: 2, emotion: 1 }, b.origin)

    expect(tallies.tally(s0)).toMatchObject({ noteCount: 2, ratedCount: 1, averageEmotion: -2, painCount: 1 })
    expect(tallies.tally(s0).notesPerLane).toEqual(
      new Map([
        [l0, 1],
        [pain, 1],
      ]),
    )
    const curve = tallies.emotionCurve(b.mapId)
    expect(curve.slice(0, 3)).toEqual([
      { stageId: s0, index: 0, averageEmotion: -2, ratedCount: 1 },
      { stageId: s1, index: 1, averageEmotion: 1, ratedCount: 1 },
      { stageId: at(b.stageIds, 2), index: 2, averageEmotion: null, ratedCount: 0 },
    ])
    tallies.destroy()
  })

  it('touches only the stages a note change concerns, without re-reading the other notes', () => {
    const b = testBoard()
    const [s0, s1, l0] = [at(b.stageIds, 0), at(b.stageIds, 1), at(b.laneIds, 0)]
    for (let i = 0; i < 150; i++) addNote(b.doc, { stageId: s0, laneId: l0, author: 'a', now: 1 }, b.origin)
    const note = addNote(b.doc, { stageId: s0, laneId: l0, author: 'a', now: 1 }, b.origin)
    const tallies = new BoardTallies(b.doc)
    const reports: string[][] = []
    tallies.onChange((stages) => reports.push([...stages].sort()))
    moveNote(b.doc, { noteId: note, stageId: s1, laneId: l0, index: 0, now: 2 }, b.origin)
    setNoteFields(b.doc, { noteId: note, now: 3, emotion: 2 }, b.origin)
    expect(reports).toEqual([[s0, s1].sort(), [s1]])
    expect(tallies.tally(s0).noteCount).toBe(150)
    expect(tallies.tally(s1)).toMatchObject({ noteCount: 1, averageEmotion: 2 })
  })

  it('follows a deleted stage’s notes to its redirect target and back on restore', () => {
    const b = testBoard()
    const [s0, s1, l0] = [at(b.stageIds, 0), at(b.stageIds, 1), at(b.laneIds, 0)]
    addNote(b.doc, { stageId: s1, laneId: l0, author: 'a', now: 1 }, b.origin)
    const tallies = new BoardTallies(b.doc)
    deleteStage(b.doc, { stageId: s1, now: 2 }, b.origin)
    expect(tallies.tally(s0).noteCount).toBe(1)
    expect(tallies.tally(s1).noteCount).toBe(0)
    restoreStage(b.doc, { stageId: s1 }, b.origin)
    expect(tallies.tally(s1).noteCount).toBe(1)
  })

  it('always equals the tallies computed from scratch, whatever operations run', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), stage: fc.nat(4), lane: fc.nat(8) }),
      fc.record({ kind: fc.constant('move' as const), note: fc.nat(), stage: fc.nat(4), lane: fc.nat(8) }),
      fc.record({
        kind: fc.constant('emotion' as const),
        note: fc.nat(),
        emotion: fc.option(fc.integer({ min: -2, max: 2 })),
      }),
      fc.record({ kind: fc.constant('delete' as const), note: fc.nat() }),
      fc.record({ kind: fc.constant('deleteStage' as const), stage: fc.nat(4) }),
      fc.record({ kind: fc.constant('deleteLane' as const), lane: fc.nat(8) }),
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const b = testBoard()
        const tallies = new BoardTallies(b.doc)
        for (const o of ops) {
          const view = b.view()
          const noteIds = view.notes.map((n) => n.id)
          const stage = view.stages[('stage' in o ? o.stage : 0) % view.stages.length]?.id ?? ''
          const lane = view.lanes[('lane' in o ? o.lane : 0) % view.lanes.length]?.id ?? ''
          const note = noteIds.length ? (noteIds[('note' in o ? o.note : 0) % noteIds.length] ?? '') : ''
          try {
            if (o.kind === 'add')
              addNote(b.doc, { stageId: stage, laneId: lane, author: 'p', now: 1 }, b.origin)
            if (o.kind === 'move')
              moveNote(b.doc, { noteId: note, stageId: stage, laneId: lane, index: 0, now: 1 }, b.origin)
            if (o.kind === 'emotion')
              setNoteFields(b.doc, { noteId: note, now: 1, emotion: o.emotion }, b.origin)
            if (o.kind === 'delete') deleteNote(b.doc, { noteId: note }, b.origin)
            if (o.kind === 'deleteStage') deleteStage(b.doc, { stageId: stage, now: 1 }, b.origin)
            if (o.kind === 'deleteLane') deleteLane(b.doc, { laneId: lane, now: 1 }, b.origin)
          } catch {
            // refused operations (e.g. deleting the last stage) change nothing, which the oracle also sees
          }
        }
        const view = b.view()
        for (const expected of expectedTallies(view))
          expect(tallies.tally(expected.stageId)).toEqual(expected)
        tallies.destroy()
      }),
      { numRuns: 40 },
    )
  })
})
