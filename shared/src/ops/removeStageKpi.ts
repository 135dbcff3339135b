import type * as Y from 'yjs'
import { StageKeys } from '../schema/stage.ts'
import { requireLiveItem, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireStageItem, stageItemsOf } from './stageItems.ts'

export function removeStageKpi(
  doc: Y.Doc,
  args: { stageId: string; kpiId: string },
  origin: TransactionOrigin,
): void {
  const stage = requireLiveItem(doc, STAGE_ITEMS, args.stageId)
  requireStageItem(stage.entity, StageKeys.kpis, args.kpiId, 'KPI')
  doc.transact(() => stageItemsOf(stage.entity, StageKeys.kpis).delete(args.kpiId), origin)
}
