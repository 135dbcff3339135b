import * as Y from 'yjs'
import type { Ordered } from '../order/orderKey.ts'
import { readOptionalNumber, readString } from './read.ts'

/** A stage KPI (seed 002's per-stage measurement questions, seed 003's journey analytics). */
export interface Kpi extends Ordered {
  name: string
  /** null when not set yet. */
  target: number | null
  actual: number | null
  /** Free text such as "%", "leads", "days", "CNY". */
  unit: string
}

export const KpiKeys = {
  order: 'order',
  name: 'name',
  target: 'target',
  actual: 'actual',
  unit: 'unit',
} as const

export function readKpi(id: string, map: Y.Map<unknown>): Kpi {
  return {
    id,
    order: readString(map, KpiKeys.order, 'a0'),
    name: readString(map, KpiKeys.name),
    target: readOptionalNumber(map, KpiKeys.target),
    actual: readOptionalNumber(map, KpiKeys.actual),
    unit: readString(map, KpiKeys.unit),
  }
}

/** Each KPI is its own Y.Map, so one person entering the target and another the actual both win. */
export function createKpiEntity(fields: Omit<Kpi, 'id'>): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  map.set(KpiKeys.order, fields.order)
  map.set(KpiKeys.name, fields.name)
  if (fields.target !== null) map.set(KpiKeys.target, fields.target)
  if (fields.actual !== null) map.set(KpiKeys.actual, fields.actual)
  map.set(KpiKeys.unit, fields.unit)
  return map
}
