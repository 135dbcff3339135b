import type * as Y from 'yjs'
import { MAX_NAME_LENGTH } from '../limits.ts'
import { LaneKeys } from '../schema/lane.ts'
import { LANE_ITEMS, requireLiveItem } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireText } from './validate.ts'

/** `name: ''` goes back to the kind's label in the viewer's language. */
export function renameLane(
  doc: Y.Doc,
  args: { laneId: string; name: string },
  origin: TransactionOrigin,
): void {
  const lane = requireLiveItem(doc, LANE_ITEMS, args.laneId)
  const name = requireText(args.name, 'lane name', MAX_NAME_LENGTH)
  doc.transact(() => lane.entity.set(LaneKeys.name, name), origin)
}
