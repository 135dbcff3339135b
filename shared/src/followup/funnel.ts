import type { Stage } from '../schema/stage.ts'

export interface FunnelStep {
  stageId: string
  stageName: string
  kpiName: string
  value: number
  unit: string
  /** Share of the previous step's value that reached this one (null for the first step). */
  conversion: number | null
}

export interface Funnel {
  steps: FunnelStep[]
  /** The step with the lowest conversion: where customers get stuck (seeds 002, 003). */
  biggestDropStageId: string | null
}

/**
 * A funnel across the journey from each stage's first KPI that has an actual value (e.g. accounts
 * that reached the stage). Stages without such a KPI are skipped, so conversion is measured
 * between consecutive measured stages.
 */
export function funnelOf(stages: readonly Stage[]): Funnel {
  const steps: FunnelStep[] = []
  for (const stage of stages) {
    const kpi = stage.kpis.find((candidate) => candidate.actual !== null)
    if (!kpi || kpi.actual === null) continue
    const previous = steps.at(-1)
    steps.push({
      stageId: stage.id,
      stageName: stage.name,
      kpiName: kpi.name,
      value: kpi.actual,
      unit: kpi.unit,
      conversion: previous && previous.value > 0 ? kpi.actual / previous.value : null,
    })
  }
  let biggestDropStageId: string | null = null
  let lowest = Number.POSITIVE_INFINITY
  for (const step of steps) {
    if (step.conversion !== null && step.conversion < lowest) {
      lowest = step.conversion
      biggestDropStageId = step.stageId
    }
  }
  return { steps, biggestDropStageId }
}
