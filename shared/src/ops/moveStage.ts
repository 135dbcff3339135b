import type * as Y from 'yjs'
import { moveItem, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'

export interface MoveStageArgs {
  stageId: string
  /** The new position among the map's live stages. */
  index: number
}

export function moveStage(doc: Y.Doc, args: MoveStageArgs, origin: TransactionOrigin): void {
  moveItem(doc, STAGE_ITEMS, args.stageId, args.index, origin)
}
