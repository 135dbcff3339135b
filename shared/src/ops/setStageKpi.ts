import type * as Y from 'yjs'
import { MAX_NAME_LENGTH } from '../limits.ts'
import { KpiKeys } from '../schema/kpi.ts'
import { StageKeys } from '../schema/stage.ts'
import { requireLiveItem, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireStageItem } from './stageItems.ts'
import { requireNumberOrNull, requireText } from './validate.ts'

export interface SetStageKpiArgs {
  stageId: string
  kpiId: string
  name?: string
  /** null clears the value. */
  target?: number | null
  actual?: number | null
  unit?: string
}

/** Writes only the given fields, so a target and an actual entered at once by two people both stay. */
export function setStageKpi(doc: Y.Doc, args: SetStageKpiArgs, origin: TransactionOrigin): void {
  const stage = requireLiveItem(doc, STAGE_ITEMS, args.stageId)
  const kpi = requireStageItem(stage.entity, StageKeys.kpis, args.kpiId, 'KPI')
  const name =
    args.name === undefined
      ? undefined
      : requireText(args.name, 'KPI name', MAX_NAME_LENGTH, { nonEmpty: true })
  const unit = args.unit === undefined ? undefined : requireText(args.unit, 'KPI unit', MAX_NAME_LENGTH)
  const target = args.target === undefined ? undefined : requireNumberOrNull(args.target, 'KPI target')
  const actual = args.actual === undefined ? undefined : requireNumberOrNull(args.actual, 'KPI actual')
  doc.transact(() => {
    if (name !== undefined) kpi.set(KpiKeys.name, name)
    if (unit !== undefined) kpi.set(KpiKeys.unit, unit)
    for (const [key, value] of [
      [KpiKeys.target, target],
      [KpiKeys.actual, actual],
    ] as const) {
      if (value === null) kpi.delete(key)
      else if (value !== undefined) kpi.set(key, value)
    }
  }, origin)
}
