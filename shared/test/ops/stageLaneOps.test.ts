import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLane } from '../../src/ops/addLane.ts'
import { addNote } from '../../src/ops/addNote.ts'
import { addStage } from '../../src/ops/addStage.ts'
import { deleteLane } from '../../src/ops/deleteLane.ts'
import { deleteStage } from '../../src/ops/deleteStage.ts'
import { moveLane } from '../../src/ops/moveLane.ts'
import { moveStage } from '../../src/ops/moveStage.ts'
import { OpError } from '../../src/ops/OpError.ts'
import { LocalOrigin } from '../../src/ops/origin.ts'
import { renameLane } from '../../src/ops/renameLane.ts'
import { renameStage } from '../../src/ops/renameStage.ts'
import { restoreLane } from '../../src/ops/restoreLane.ts'
import { restoreStage } from '../../src/ops/restoreStage.ts'
import { readBoard } from '../../src/schema/readBoard.ts'
import { at, testBoard } from '../testBoard.ts'

describe('stage and lane operations', () => {
  it('adds, renames and reorders stages and lanes', () => {
    const b = testBoard()
    const stage = addStage(b.doc, { mapId: b.mapId, name: 'Pilot', index: 1 }, b.origin)
    const lane = addLane(b.doc, { mapId: b.mapId, kind: 'materials', index: 0 }, b.origin)
    expect(at(b.view().stages, 1)).toMatchObject({
      id: stage,
      name: 'Pilot',
      mapId: b.mapId,
      deletedAt: null,
    })
    expect(at(b.view().lanes, 0)).toMatchObject({ id: lane, kind: 'materials', name: '' })

    renameStage(b.doc, { stageId: stage, name: 'Proof of concept' }, b.origin)
    renameLane(b.doc, { laneId: lane, name: 'Sales collateral' }, b.origin)
    moveStage(b.doc, { stageId: stage, index: 99 }, b.origin)
    moveLane(b.doc, { laneId: lane, index: 2 }, b.origin)
    const view = b.view()
    expect(view.stages.at(-1)).toMatchObject({ id: stage, name: 'Proof of concept' })
    expect(view.lanes.map((l) => l.id).indexOf(lane)).toBe(2)
    expect(view.stages).toHaveLength(b.stageIds.length + 1)
  })

  it('deleting a stage shows its notes in the previous stage, and restoring brings them back', () => {
    const b = testBoard()
    const [s0, s1, l0] = [at(b.stageIds, 0), at(b.stageIds, 1), at(b.laneIds, 0)]
    const note = addNote(b.doc, { stageId: s1, laneId: l0, author: 'a', now: 1, text: 'kept' }, b.origin)
    expect(deleteStage(b.doc, { stageId: s1, now: 2 }, b.origin)).toBe(s0)
    let view = b.view()
    expect(view.stages.map((s) => s.id)).not.toContain(s1)
    expect(view.notes.find((n) => n.id === note)).toMatchObject({ stageId: s0, laneId: l0, text: 'kept' })
    restoreStage(b.doc, { stageId: s1 }, b.origin)
    view = b.view()
    expect(view.stages.map((s) => s.id)).toContain(s1)
    expect(view.notes.find((n) => n.id === note)?.stageId).toBe(s1)
  })

  it('deleting the first lane redirects to the next; deleteNotes removes only the notes it had', () => {
    const b = testBoard()
    const [s0, l0, l1] = [at(b.stageIds, 0), at(b.laneIds, 0), at(b.laneIds, 1)]
    addNote(b.doc, { stageId: s0, laneId: l0, author: 'a', now: 1, text: 'gone' }, b.origin)
    addNote(b.doc, { stageId: s0, laneId: l1, author: 'a', now: 1, text: 'stays' }, b.origin)
    expect(deleteLane(b.doc, { laneId: l0, now: 2, deleteNotes: true }, b.origin)).toBe(l1)
    expect(b.view().notes.map((n) => n.text)).toEqual(['stays'])
    restoreLane(b.doc, { laneId: l0 }, b.origin)
    expect(b.view().lanes.map((l) => l.id)).toContain(l0)
  })

  it('a note added on another replica to a stage being deleted is shown in the redirect target', () => {
    const b = testBoard()
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(b.doc))
    const [s0, s1, l0] = [at(b.stageIds, 0), at(b.stageIds, 1), at(b.laneIds, 0)]
    deleteStage(b.doc, { stageId: s1, now: 2, deleteNotes: true }, b.origin)
    const note = addNote(
      other,
      { stageId: s1, laneId: l0, author: 'b', now: 2, text: 'late' },
      new LocalOrigin('b'),
    )
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(other))
    Y.applyUpdate(other, Y.encodeStateAsUpdate(b.doc))
    for (const doc of [b.doc, other]) {
      expect(readBoard(doc).notes.find((n) => n.id === note)).toMatchObject({ stageId: s0, text: 'late' })
    }
  })

  it('notes whose stages were all deleted concurrently are reported as unplaced, not lost', () => {
    const b = testBoard()
    const [l0] = [at(b.laneIds, 0)]
    // Reduce the map to two stages, then delete each on a different replica.
    for (const id of b.stageIds.slice(2)) deleteStage(b.doc, { stageId: id, now: 1 }, b.origin)
    const [s0, s1] = [at(b.stageIds, 0), at(b.stageIds, 1)]
    const note = addNote(b.doc, { stageId: s0, laneId: l0, author: 'a', now: 1 }, b.origin)
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(b.doc))
    deleteStage(b.doc, { stageId: s0, now: 2 }, b.origin)
    deleteStage(other, { stageId: s1, now: 2 }, new LocalOrigin('b'))
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(other))
    const view = b.view()
    expect(view.notes).toEqual([])
    expect(view.unplacedNotes.map((n) => n.id)).toEqual([note])
    restoreStage(b.doc, { stageId: s0 }, b.origin)
    expect(b.view().notes.map((n) => n.id)).toEqual([note])
  })

  it('refuses bad input with a typed error', () => {
    const b = testBoard()
    const [s0, s1, l0] = [at(b.stageIds, 0), at(b.stageIds, 1), at(b.laneIds, 0)]
    const cases: Array<() => unknown> = [
      () => addStage(b.doc, { mapId: 'nope', name: 'x' }, b.origin),
      () => addStage(b.doc, { mapId: b.mapId, name: '  ' }, b.origin),
      () => addStage(b.doc, { mapId: b.mapId, name: 'x', id: s0 }, b.origin),
      () => addLane(b.doc, { mapId: b.mapId, kind: 'swimming' as never }, b.origin),
      () => renameStage(b.doc, { stageId: 'nope', name: 'x' }, b.origin),
      () => renameStage(b.doc, { stageId: s0, name: 'x'.repeat(201) }, b.origin),
      () => moveStage(b.doc, { stageId: s0, index: -1 }, b.origin),
      () => moveLane(b.doc, { laneId: l0, index: Number.NaN }, b.origin),
      () => deleteStage(b.doc, { stageId: s0, now: 1, redirectTo: s0 }, b.origin),
      () => deleteStage(b.doc, { stageId: s0, now: 1, redirectTo: 'nope' }, b.origin),
      () => restoreStage(b.doc, { stageId: s0 }, b.origin),
    ]
    const before = JSON.stringify(b.view())
    for (const run of cases) expect(run).toThrow(OpError)
    expect(JSON.stringify(b.view())).toBe(before)

    deleteStage(b.doc, { stageId: s1, now: 1 }, b.origin)
    expect(() => renameStage(b.doc, { stageId: s1, name: 'x' }, b.origin)).toThrow(/deleted/)
    expect(() => addNote(b.doc, { stageId: s1, laneId: l0, author: 'a', now: 1 }, b.origin)).toThrow(
      /deleted/,
    )
    for (const id of b.stageIds.slice(2)) deleteStage(b.doc, { stageId: id, now: 1 }, b.origin)
    expect(() => deleteStage(b.doc, { stageId: s0, now: 1 }, b.origin)).toThrow(/last stage/)
  })
})
