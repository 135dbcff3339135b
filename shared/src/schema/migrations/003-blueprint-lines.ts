import type * as Y from 'yjs'
import { sortOrdered } from '../../order/orderKey.ts'
import { type Locale, readBoardMeta } from '../board.ts'
import { LaneKeys } from '../lane.ts'
import { NoteKeys } from '../note.ts'
import { readString } from '../read.ts'
import { entriesOf, lanesOf, notesOf } from '../root.ts'
import { TombstoneKeys } from '../tombstone.ts'
import type { Migration } from './Migration.ts'

/** The kind version 2 gave the line of visibility; the view now draws it between lane groups. */
const LINE_KIND = 'lineOfVisibility'

/** The name a kept line lane gets, frozen here: a migration must not follow later label changes. */
const LINE_NAME: Record<Locale, string> = { en: 'Line of visibility', 'zh-CN': '可视线', 'zh-TW': '可視線' }

/**
 * Version 3: the service blueprint's line of visibility stops being a lane. The blueprint view
 * draws the lines of interaction, visibility and internal interaction as dividers between lane
 * groups, so a note can no longer be dropped "into" a line. An empty line lane is retired by
 * tombstone (pointing at its neighbour, so a note added concurrently elsewhere still shows); one
 * that holds notes stays, as a custom lane under the same name, so no note moves or disappears.
 * Deterministic (deletedAt 0, the neighbour by order), so two replicas migrating at once converge.
 */
export const blueprintLines: Migration = {
  id: '003-blueprint-lines',
  version: 3,
  up(doc) {
    const name = LINE_NAME[readBoardMeta(doc).locale]
    const keepAsCustom = (lane: Y.Map<unknown>) => {
      lane.set(LaneKeys.kind, 'custom')
      if (!readString(lane, LaneKeys.name)) lane.set(LaneKeys.name, name)
    }
    const lanes = entriesOf(lanesOf(doc))
    const isLive = (lane: Y.Map<unknown>) => !lane.has(TombstoneKeys.deletedAt)
    const used = new Set(entriesOf(notesOf(doc)).map(([, note]) => readString(note, NoteKeys.laneId)))
    for (const [id, lane] of lanes) {
      if (readString(lane, LaneKeys.kind) !== LINE_KIND) continue
      const order = readString(lane, LaneKeys.order, 'a0')
      const mapId = readString(lane, LaneKeys.mapId)
      const siblings = sortOrdered(
        lanes
          .filter(
            ([other, entity]) =>
              other !== id && isLive(entity) && readString(entity, LaneKeys.mapId) === mapId,
          )
          .map(([other, entity]) => ({ id: other, order: readString(entity, LaneKeys.order, 'a0') })),
      )
      // The lane above it, as deleteLane picks, else the one below.
      const neighbour = siblings.filter((sibling) => sibling.order <= order).at(-1) ?? siblings[0]
      // Every one becomes a plain lane (so restoring a retired one brings back a lane, not a line);
      // retired unless it holds notes, is already deleted or is the map's only lane.
      keepAsCustom(lane)
      if (used.has(id) || !isLive(lane) || !neighbour) continue
      lane.set(TombstoneKeys.deletedAt, 0)
      lane.set(TombstoneKeys.redirectTo, neighbour.id)
    }
  },
}
