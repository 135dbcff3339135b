import { describe, expect, it } from 'vitest'
import type { Kpi } from '../schema/kpi.ts'
import type { Stage } from '../schema/stage.ts'
import { funnelOf } from './funnel.ts'

function stage(id: string, actuals: Array<number | null>): Stage {
  const kpis: Kpi[] = actuals.map((actual, i) => ({
    id: `${id}-k${i}`,
    order: `a${i}`,
    name: `kpi ${i}`,
    target: null,
    actual,
    unit: 'accounts',
  }))
  return { id, name: id.toUpperCase(), kpis } as unknown as Stage
}

describe('funnelOf', () => {
  it('measures conversion between measured stages and marks the biggest drop-off', () => {
    const funnel = funnelOf([
      stage('attract', [1000]),
      stage('capture', [null, 400]),
      stage('nurture', []),
      stage('convert', [40]),
      stage('expand', [30]),
    ])
    expect(funnel.steps.map((s) => [s.stageId, s.value, s.conversion])).toEqual([
      ['attract', 1000, null],
      ['capture', 400, 0.4],
      ['convert', 40, 0.1],
      ['expand', 30, 0.75],
    ])
    expect(funnel.biggestDropStageId).toBe('convert')
  })

  it('has no drop-off with fewer than two measured stages, and skips division by zero', () => {
    expect(funnelOf([stage('a', [10])]).biggestDropStageId).toBeNull()
    expect(funnelOf([stage('a', [0]), stage('b', [5])]).steps[1]?.conversion).toBeNull()
  })
})
