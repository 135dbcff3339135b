import type * as Y from 'yjs'
import { LANE_ITEMS, moveItem } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'

export interface MoveLaneArgs {
  laneId: string
  /** The new position among the map's live lanes. */
  index: number
}

export function moveLane(doc: Y.Doc, args: MoveLaneArgs, origin: TransactionOrigin): void {
  moveItem(doc, LANE_ITEMS, args.laneId, args.index, origin)
}
