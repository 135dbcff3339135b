import { describe, expect, it } from 'vitest'
import { addPersona } from '../../src/ops/addPersona.ts'
import { addStage } from '../../src/ops/addStage.ts'
import { addStageDeliverable } from '../../src/ops/addStageDeliverable.ts'
import { addStageKpi } from '../../src/ops/addStageKpi.ts'
import { deletePersona } from '../../src/ops/deletePersona.ts'
import { OpError } from '../../src/ops/OpError.ts'
import { removeStageDeliverable } from '../../src/ops/removeStageDeliverable.ts'
import { removeStageKpi } from '../../src/ops/removeStageKpi.ts'
import { setBoardTitle } from '../../src/ops/setBoardTitle.ts'
import { setMapFields } from '../../src/ops/setMapFields.ts'
import { setPersonaFields } from '../../src/ops/setPersonaFields.ts'
import { setStageDeliverable } from '../../src/ops/setStageDeliverable.ts'
import { setStageFields } from '../../src/ops/setStageFields.ts'
import { setStageKpi } from '../../src/ops/setStageKpi.ts'
import { at, testBoard } from '../testBoard.ts'

describe('field operations', () => {
  it('sets the text fields of a stage', () => {
    const b = testBoard()
    const stageId = at(b.stageIds, 0)
    setStageFields(
      b.doc,
      {
        stageId,
        goal: 'Be found',
        customerQuestion: 'Who can solve this?',
        exitCriteria: 'Lead fills in the form',
        ownerDepartment: 'Marketing',
        handoff: 'MQL to sales within 24 h',
      },
      b.origin,
    )
    expect(at(b.view().stages, 0)).toMatchObject({
      goal: 'Be found',
      customerQuestion: 'Who can solve this?',
      exitCriteria: 'Lead fills in the form',
      ownerDepartment: 'Marketing',
      handoff: 'MQL to sales within 24 h',
    })
    expect(() => setStageFields(b.doc, { stageId, goal: 'x'.repeat(2001) }, b.origin)).toThrow(OpError)
    expect(() => setStageFields(b.doc, { stageId, name: '' }, b.origin)).toThrow(OpError)
  })

  it('adds, updates, orders and removes KPIs and deliverables of a stage', () => {
    const b = testBoard()
    const stageId = addStage(b.doc, { mapId: b.mapId, name: 'Blank', index: 0 }, b.origin)
    const leads = addStageKpi(b.doc, { stageId, name: 'Leads', target: 100, unit: 'leads' }, b.origin)
    const rate = addStageKpi(b.doc, { stageId, name: 'Conversion', unit: '%', index: 0 }, b.origin)
    setStageKpi(b.doc, { stageId, kpiId: leads, actual: 80 }, b.origin)
    setStageKpi(b.doc, { stageId, kpiId: rate, target: 2.5, actual: null }, b.origin)
    expect(at(b.view().stages, 0).kpis).toEqual([
      { id: rate, order: expect.any(String), name: 'Conversion', target: 2.5, actual: null, unit: '%' },
      { id: leads, order: expect.any(String), name: 'Leads', target: 100, actual: 80, unit: 'leads' },
    ])
    setStageKpi(b.doc, { stageId, kpiId: leads, target: null }, b.origin)
    expect(at(at(b.view().stages, 0).kpis, 1).target).toBeNull()
    removeStageKpi(b.doc, { stageId, kpiId: rate }, b.origin)
    expect(at(b.view().stages, 0).kpis.map((kpi) => kpi.id)).toEqual([leads])

    const report = addStageDeliverable(b.doc, { stageId, text: 'Feasibility report' }, b.origin)
    setStageDeliverable(b.doc, { stageId, deliverableId: report, text: 'Feasibility study' }, b.origin)
    expect(at(b.view().stages, 0).deliverables.map((d) => d.text)).toEqual(['Feasibility study'])
    removeStageDeliverable(b.doc, { stageId, deliverableId: report }, b.origin)
    expect(at(b.view().stages, 0).deliverables).toEqual([])

    expect(() =>
      addStageKpi(b.doc, { stageId, name: 'x', target: Number.POSITIVE_INFINITY }, b.origin),
    ).toThrow(OpError)
    expect(() => setStageKpi(b.doc, { stageId, kpiId: 'nope', actual: 1 }, b.origin)).toThrow(
      /does not exist/,
    )
    expect(() => addStageDeliverable(b.doc, { stageId, text: '' }, b.origin)).toThrow(OpError)
  })

  it('sets map type, title, persona and segment, and the board title', () => {
    const b = testBoard()
    const persona = addPersona(
      b.doc,
      { name: 'Plant manager', role: 'user', jobTitle: 'Head of plant' },
      b.origin,
    )
    setMapFields(
      b.doc,
      { mapId: b.mapId, type: 'futureState', title: 'After the pilot', personaId: persona, segment: 'SMB' },
      b.origin,
    )
    setBoardTitle(b.doc, { title: ' Q3 review ' }, b.origin)
    const view = b.view()
    expect(view.meta.title).toBe('Q3 review')
    expect(at(view.maps, 0)).toMatchObject({
      type: 'futureState',
      title: 'After the pilot',
      personaId: persona,
      segment: 'SMB',
    })
    expect(() => setMapFields(b.doc, { mapId: b.mapId, type: 'flowchart' as never }, b.origin)).toThrow(
      OpError,
    )
    expect(() => setMapFields(b.doc, { mapId: b.mapId, personaId: 'ghost' }, b.origin)).toThrow(OpError)
    expect(() => setBoardTitle(b.doc, { title: '' }, b.origin)).toThrow(OpError)
  })

  it("marks where a circular map's loop restarts, only at a live stage of that map", () => {
    const b = testBoard()
    const renewal = at(b.stageIds, 2)
    setMapFields(b.doc, { mapId: b.mapId, loopRestartStageId: renewal }, b.origin)
    expect(at(b.view().maps, 0).loopRestartStageId).toBe(renewal)
    setMapFields(b.doc, { mapId: b.mapId, loopRestartStageId: '' }, b.origin)
    expect(at(b.view().maps, 0).loopRestartStageId).toBe('')
    expect(() => setMapFields(b.doc, { mapId: b.mapId, loopRestartStageId: 'ghost' }, b.origin)).toThrow(
      OpError,
    )
  })

  it("keeps a day-in-the-life stage's time of day", () => {
    const b = testBoard()
    setStageFields(b.doc, { stageId: at(b.stageIds, 0), timeOfDay: '08:30' }, b.origin)
    expect(at(b.view().stages, 0).timeOfDay).toBe('08:30')
  })

  it('adds, edits and deletes personas', () => {
    const b = testBoard()
    const cio = addPersona(b.doc, { name: 'CIO', role: 'decisionMaker' }, b.origin)
    const buyer = addPersona(b.doc, { name: 'Buyer', role: 'procurement' }, b.origin)
    setPersonaFields(b.doc, { personaId: buyer, description: 'Runs the tender' }, b.origin)
    expect(b.view().personas.map((p) => [p.name, p.role, p.description])).toEqual([
      ['CIO', 'decisionMaker', ''],
      ['Buyer', 'procurement', 'Runs the tender'],
    ])
    deletePersona(b.doc, { personaId: cio }, b.origin)
    expect(b.view().personas.map((p) => p.id)).toEqual([buyer])
    expect(() => setPersonaFields(b.doc, { personaId: buyer, role: 'boss' as never }, b.origin)).toThrow(
      OpError,
    )
    expect(() => deletePersona(b.doc, { personaId: cio }, b.origin)).toThrow(OpError)
  })
})
