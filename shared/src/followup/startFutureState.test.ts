import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { LocalOrigin, readBoard, setStageKpi } from '../index.ts'
import { initBoard } from '../templates/index.ts'
import { startFutureState } from './startFutureState.ts'

const origin = new LocalOrigin('t')

describe('startFutureState', () => {
  it('gives the future map the KPIs with their targets, not the actuals measured on the current one', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'B', locale: 'en', now: 0 }, origin)
    const start = readBoard(doc)
    const stage = start.stages.find((candidate) => candidate.kpis.length > 0)
    const kpi = stage?.kpis[0]
    if (!stage || !kpi) throw new Error('template lacks KPIs')
    setStageKpi(doc, { stageId: stage.id, kpiId: kpi.id, target: 500, actual: 320, unit: 'leads' }, origin)

    const futureMap = startFutureState(
      doc,
      { fromMapId: start.maps[0]?.id ?? '', title: 'Future', now: 5 },
      origin,
    )
    const board = readBoard(doc)
    const copy = board.stages.find(
      (candidate) => candidate.mapId === futureMap && candidate.name === stage.name,
    )
    expect(copy?.kpis[0]).toMatchObject({ name: kpi.name, target: 500, actual: null, unit: 'leads' })
    // The current map keeps its measurement.
    expect(board.stages.find((candidate) => candidate.id === stage.id)?.kpis[0]?.actual).toBe(320)
  })
})
