import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addMap } from '../../src/ops/addMap.ts'
import { addNote } from '../../src/ops/addNote.ts'
import { deleteMap } from '../../src/ops/deleteMap.ts'
import { duplicateMap } from '../../src/ops/duplicateMap.ts'
import { moveMap } from '../../src/ops/moveMap.ts'
import { OpError } from '../../src/ops/OpError.ts'
import { setMapFields } from '../../src/ops/setMapFields.ts'
import { setStageKpi } from '../../src/ops/setStageKpi.ts'
import { LANE_PRESETS } from '../../src/templates/lanePresets.ts'
import { at, testBoard } from '../testBoard.ts'

const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof OpError) return error.code
    throw error
  }
  return null
}

describe('map operations', () => {
  it('adds a map of a type with its stages and the lanes of its preset, at the end or at an index', () => {
    const b = testBoard()
    const empathy = addMap(b.doc, { type: 'empathy', title: 'Buyer', stageNames: ['Now'] }, b.origin)
    const first = addMap(b.doc, { type: 'strategic', title: '', stageNames: ['A', 'B'], index: 0 }, b.origin)
    const view = b.view()
    expect(view.maps.map((m) => m.id)).toEqual([first, b.mapId, empathy])
    expect(view.stages.filter((s) => s.mapId === first).map((s) => s.name)).toEqual(['A', 'B'])
    expect(view.lanes.filter((l) => l.mapId === empathy).map((l) => l.kind)).toEqual(LANE_PRESETS.empathy)
    expect(refusal(() => addMap(b.doc, { type: 'empathy', title: '', stageNames: [] }, b.origin))).toBe(
      'invalid',
    )
    expect(refusal(() => addMap(b.doc, { type: 'empathy', title: '', stageNames: [' '] }, b.origin))).toBe(
      'invalid',
    )
  })

  it('a tactical map created from a stage details that stage and starts with its map’s persona', () => {
    const b = testBoard({ persona: { name: 'CFO' }, segment: 'Mid-size' })
    const stage = at(b.stageIds, 1)
    const tactical = addMap(
      b.doc,
      { type: 'tactical', title: 'Repurchase', stageNames: ['Search', 'Order'], parentStageId: stage },
      b.origin,
    )
    const map = b.view().maps.find((m) => m.id === tactical)
    expect(map).toMatchObject({
      parentMapId: b.mapId,
      parentStageId: stage,
      persona: 'CFO',
      segment: 'Mid-size',
    })
    // Only a tactical map details a stage, and only a live one.
    const detailing = (type: 'strategic' | 'tactical', parentStageId: string) => () =>
      addMap(b.doc, { type, title: '', stageNames: ['x'], parentStageId }, b.origin)
    expect(refusal(detailing('strategic', stage))).toBe('invalid')
    expect(refusal(detailing('tactical', 'nope'))).toBe('not-found')
  })

  it('duplicates a map right after it: stages with KPIs as measured, lanes, notes, loop restart', () => {
    const b = testBoard()
    const [s0, s1, l0] = [at(b.stageIds, 0), at(b.stageIds, 1), at(b.laneIds, 0)]
    const kpi = b.view().stages[0]?.kpis[0]
    if (!kpi) throw new Error('template lacks KPIs')
    setStageKpi(b.doc, { stageId: s0, kpiId: kpi.id, actual: 42 }, b.origin)
    setMapFields(b.doc, { mapId: b.mapId, type: 'circular', loopRestartStageId: s1 }, b.origin)
    const note = addNote(
      b.doc,
      { stageId: s1, laneId: l0, author: 'a', now: 1, text: 'slow quote' },
      b.origin,
    )
    const last = addMap(b.doc, { type: 'empathy', title: '', stageNames: ['x'] }, b.origin)

    const copy = duplicateMap(b.doc, { mapId: b.mapId, title: 'Copy', now: 9 }, b.origin)
    const view = b.view()
    expect(view.maps.map((m) => m.id)).toEqual([b.mapId, copy, last])
    const stages = view.stages.filter((s) => s.mapId === copy)
    expect(stages.map((s) => s.name)).toEqual(
      view.stages.filter((s) => s.mapId === b.mapId).map((s) => s.name),
    )
    expect(stages[0]?.kpis[0]?.actual).toBe(42)
    expect(view.maps.find((m) => m.id === copy)).toMatchObject({
      type: 'circular',
      title: 'Copy',
      loopRestartStageId: stages[1]?.id,
    })
    const copied = view.notes.find((n) => n.sourceId === note)
    expect(copied).toMatchObject({ text: 'slow quote', stageId: stages[1]?.id, createdAt: 9 })
    expect(view.lanes.filter((l) => l.mapId === copy)).toHaveLength(b.laneIds.length)
  })

  it('renames and reorders maps', () => {
    const b = testBoard()
    const second = addMap(b.doc, { type: 'strategic', title: '', stageNames: ['x'] }, b.origin)
    setMapFields(b.doc, { mapId: second, title: 'Trends' }, b.origin)
    moveMap(b.doc, { mapId: second, index: 0 }, b.origin)
    expect(b.view().maps.map((m) => [m.id, m.title])).toEqual([
      [second, 'Trends'],
      [b.mapId, ''],
    ])
    moveMap(b.doc, { mapId: second, index: 5 }, b.origin)
    expect(at(b.view().maps, 1).id).toBe(second)
    expect(refusal(() => moveMap(b.doc, { mapId: 'nope', index: 0 }, b.origin))).toBe('not-found')
  })

  it('removes a map with its stages, lanes and notes, one undo brings all back; never the last map', () => {
    const b = testBoard()
    const undo = new Y.UndoManager(
      [b.doc.getMap('maps'), b.doc.getMap('stages'), b.doc.getMap('lanes'), b.doc.getMap('notes')],
      {
        trackedOrigins: new Set([b.origin]),
      },
    )
    const copy = duplicateMap(b.doc, { mapId: b.mapId, title: 'Copy', now: 2 }, b.origin)
    const stage = b.view().stages.find((s) => s.mapId === copy)?.id ?? ''
    const lane = b.view().lanes.find((l) => l.mapId === copy)?.id ?? ''
    const note = addNote(b.doc, { stageId: stage, laneId: lane, author: 'a', now: 3, text: 'mine' }, b.origin)
    const before = b.view()
    undo.stopCapturing()
    deleteMap(b.doc, { mapId: copy }, b.origin)
    let view = b.view()
    expect(view.maps.map((m) => m.id)).toEqual([b.mapId])
    expect(view.stages.every((s) => s.mapId === b.mapId)).toBe(true)
    expect(view.notes.concat(view.unplacedNotes).some((n) => n.id === note)).toBe(false)
    expect(refusal(() => deleteMap(b.doc, { mapId: b.mapId }, b.origin))).toBe('invalid')
    undo.undo()
    view = b.view()
    expect(view.maps).toEqual(before.maps)
    expect(view.stages).toEqual(before.stages)
    expect(view.notes.find((n) => n.id === note)).toMatchObject({
      stageId: stage,
      laneId: lane,
      text: 'mine',
    })
  })
})
