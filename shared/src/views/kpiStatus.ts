import type { Kpi } from '../schema/kpi.ts'

export type KpiStatus = 'met' | 'behind' | 'unknown'

/** A KPI is met when its actual reaches the target (targets are "at least" figures). */
export function kpiStatus(kpi: Kpi): KpiStatus {
  if (kpi.target === null || kpi.actual === null) return 'unknown'
  return kpi.actual >= kpi.target ? 'met' : 'behind'
}

/** "1,200 / 1,500 leads" (actual / target), the numbers written by `formatNumber` (the reader's language). */
export function kpiFigure(kpi: Kpi, formatNumber: (value: number) => string): string {
  const figure = (value: number | null) => (value === null ? '–' : formatNumber(value))
  return `${figure(kpi.actual)} / ${figure(kpi.target)}${kpi.unit ? ` ${kpi.unit}` : ''}`
}
