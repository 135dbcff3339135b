import { LocalOrigin, readBoard, type Stage, setStageKpi } from '@jm/shared'
import type * as Y from 'yjs'

/** Funnel-shaped figures: a big drop-off between the third and the fourth stage. */
export const FUNNEL_ACTUALS = [1200, 300, 240, 30, 24]

/**
 * Enters an actual for each stage's first KPI, as someone measuring would, and returns the stages
 * (of every map) as they were read.
 */
export function enterKpiActuals(doc: Y.Doc, actuals: readonly number[] = FUNNEL_ACTUALS): Stage[] {
  const stages = readBoard(doc).stages
  const origin = new LocalOrigin('kpi')
  stages.forEach((stage, i) => {
    const kpi = stage.kpis[0]
    const actual = actuals[i]
    if (kpi && actual !== undefined) setStageKpi(doc, { stageId: stage.id, kpiId: kpi.id, actual }, origin)
  })
  return stages
}
