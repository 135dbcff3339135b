import type * as Y from 'yjs'
import { LaneKeys } from '../schema/lane.ts'
import { NoteKeys } from '../schema/note.ts'
import { readString } from '../schema/read.ts'
import { type EntityMap, entriesOf, lanesOf, mapsOf, notesOf, stagesOf } from '../schema/root.ts'
import { StageKeys } from '../schema/stage.ts'
import { requireMap } from './mapItems.ts'
import { OpError } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

export interface DeleteMapArgs {
  mapId: string
}

/**
 * Removes a map with its stages, lanes and notes, in one transaction so one undo brings all of
 * it back (with the same ids, so comments, actions and sub-journeys find them again). A board keeps
 * at least one map. Unlike a stage, a map leaves no tombstone: nothing else redirects to it, and a
 * note a replica adds to it meanwhile shows among the unplaced notes rather than being lost.
 */
export function deleteMap(doc: Y.Doc, args: DeleteMapArgs, origin: TransactionOrigin): void {
  requireMap(doc, args.mapId)
  if (mapsOf(doc).size <= 1) throw new OpError('invalid', 'the last map of a board cannot be deleted')
  // Deleted stages and lanes too: they stay in the document as tombstones of this map.
  const stageIds = idsOfMap(stagesOf(doc), StageKeys.mapId, args.mapId)
  const laneIds = idsOfMap(lanesOf(doc), LaneKeys.mapId, args.mapId)
  doc.transact(() => {
    for (const [id, note] of entriesOf(notesOf(doc))) {
      if (stageIds.has(readString(note, NoteKeys.stageId)) || laneIds.has(readString(note, NoteKeys.laneId)))
        notesOf(doc).delete(id)
    }
    for (const id of stageIds) stagesOf(doc).delete(id)
    for (const id of laneIds) lanesOf(doc).delete(id)
    mapsOf(doc).delete(args.mapId)
  }, origin)
}

function idsOfMap(collection: EntityMap, mapKey: string, mapId: string): Set<string> {
  return new Set(
    entriesOf(collection).flatMap(([id, item]) => (readString(item, mapKey) === mapId ? [id] : [])),
  )
}
