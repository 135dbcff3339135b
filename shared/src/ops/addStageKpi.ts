import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_NAME_LENGTH } from '../limits.ts'
import { createKpiEntity } from '../schema/kpi.ts'
import { StageKeys } from '../schema/stage.ts'
import { requireLiveItem, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { stageItemOrder, stageItemsOf } from './stageItems.ts'
import { requireIndex, requireNumberOrNull, requireText } from './validate.ts'

export interface AddStageKpiArgs {
  stageId: string
  name: string
  target?: number | null
  actual?: number | null
  unit?: string
  index?: number
}

export function addStageKpi(doc: Y.Doc, args: AddStageKpiArgs, origin: TransactionOrigin): string {
  const stage = requireLiveItem(doc, STAGE_ITEMS, args.stageId)
  const name = requireText(args.name, 'KPI name', MAX_NAME_LENGTH, { nonEmpty: true })
  const target = requireNumberOrNull(args.target ?? null, 'KPI target')
  const actual = requireNumberOrNull(args.actual ?? null, 'KPI actual')
  const unit = requireText(args.unit ?? '', 'KPI unit', MAX_NAME_LENGTH)
  if (args.index !== undefined) requireIndex(args.index)
  const id = newId()
  doc.transact(() => {
    const order = stageItemOrder(stage.entity, StageKeys.kpis, args.index)
    stageItemsOf(stage.entity, StageKeys.kpis).set(id, createKpiEntity({ order, name, target, actual, unit }))
  }, origin)
  return id
}
