import { describe, expect, it } from 'vitest'
import type { Stage } from '../schema/stage.ts'
import { responsibilityGaps } from './responsibilityGaps.ts'

const stage = (id: string, ownerDepartment: string, handoff = ''): Stage =>
  ({ id, ownerDepartment, handoff }) as Stage

describe('responsibilityGaps', () => {
  it('finds stages without owner, handoffs nobody receives or nobody wrote, and owners without open actions', () => {
    const stages = [
      stage('attract', 'Marketing'),
      stage('capture', 'marketing', 'MQL to sales within 24 h'),
      stage('nurture', ''),
      stage('convert', 'Sales'),
      stage('expand', 'Service'),
    ]
    const actions = [
      { owner: 'MARKETING', status: 'planned' as const },
      { owner: 'Sales', status: 'done' as const },
    ]
    expect(responsibilityGaps(stages, actions)).toEqual([
      { kind: 'handoff-without-receiver', stageId: 'capture' },
      { kind: 'stage-without-owner', stageId: 'nurture' },
      { kind: 'handoff-undescribed', stageId: 'convert', from: 'Sales', to: 'Service' },
      { kind: 'owner-without-actions', owner: 'Sales' },
      { kind: 'owner-without-actions', owner: 'Service' },
    ])
  })

  it('is silent for a matrix with owners, written handoffs and an open action per owner', () => {
    const stages = [stage('a', 'Marketing', 'MQL to sales'), stage('b', 'Sales')]
    const actions = [
      { owner: 'Marketing', status: 'doing' as const },
      { owner: 'sales', status: 'proposed' as const },
    ]
    expect(responsibilityGaps(stages, actions)).toEqual([])
  })
})
