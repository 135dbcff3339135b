import type { Kpi } from '@jm/shared'

export type KpiStatus = 'met' | 'behind' | 'unknown'

/** A KPI is met when its actual reaches the target (targets are "at least" figures). */
export function kpiStatus(kpi: Kpi): KpiStatus {
  if (kpi.target === null || kpi.actual === null) return 'unknown'
  return kpi.actual >= kpi.target ? 'met' : 'behind'
}

const format = (value: number | null) => (value === null ? '–' : value.toLocaleString())

export function kpiFigure(kpi: Kpi): string {
  return `${format(kpi.actual)} / ${format(kpi.target)}${kpi.unit ? ` ${kpi.unit}` : ''}`
}
