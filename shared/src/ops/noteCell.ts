import type * as Y from 'yjs'
import { sortOrdered } from '../order/orderKey.ts'
import { readLane } from '../schema/lane.ts'
import { type NotePlacement, readNotePlacement } from '../schema/note.ts'
import { resolveLive } from '../schema/placement.ts'
import { placeNote } from '../schema/readBoard.ts'
import { type EntityMap, entityIn, entriesOf, lanesOf, notesOf, stagesOf } from '../schema/root.ts'
import { readStage } from '../schema/stage.ts'
import { notesStoredIn } from './noteCellIndex.ts'
import { OpError, requireEntity } from './OpError.ts'

/** Refuses a cell whose stage or lane is missing, deleted, or of another map than the other. */
export function requireCell(doc: Y.Doc, stageId: string, laneId: string): void {
  const stage = readStage(stageId, requireEntity(entityIn(stagesOf(doc), stageId), 'stage', stageId))
  const lane = readLane(laneId, requireEntity(entityIn(lanesOf(doc), laneId), 'lane', laneId))
  if (stage.deletedAt !== null) throw new OpError('not-found', `stage ${stageId} was deleted`)
  if (lane.deletedAt !== null) throw new OpError('not-found', `lane ${laneId} was deleted`)
  if (stage.mapId !== lane.mapId)
    throw new OpError('invalid', `stage ${stageId} and lane ${laneId} are on different maps`)
}

export function requireNote(doc: Y.Doc, noteId: string): Y.Map<unknown> {
  return requireEntity(entityIn(notesOf(doc), noteId), 'note', noteId)
}

/** Notes whose shown place (redirects of deleted stages and lanes resolved) matches, in order. */
export function cellNotes(
  doc: Y.Doc,
  where: (placed: NotePlacement) => boolean,
  except?: string,
): NotePlacement[] {
  const place = placeNote(doc)
  const out: NotePlacement[] = []
  for (const [id, map] of entriesOf(notesOf(doc))) {
    if (id === except) continue
    const placed = place(readNotePlacement(id, map))
    if (placed && where(placed)) out.push(placed)
  }
  return sortOrdered(out)
}

/** Ids of the live item and of the deleted items whose redirects end in it. */
function sourcesOf(collection: EntityMap, liveId: string): string[] {
  return [...collection.keys()].filter((id) => id === liveId || resolveLive(collection, id) === liveId)
}

/**
 * Notes shown in one cell (those redirected into it included), in order, optionally without one.
 * It asks the cell index, so it costs the cell's size, not the board's; `transaction` is the one it
 * runs in (see notesStoredIn).
 */
export function cellSiblings(
  doc: Y.Doc,
  transaction: Y.Transaction,
  stageId: string,
  laneId: string,
  except?: string,
): NotePlacement[] {
  const out: NotePlacement[] = []
  for (const stageSource of sourcesOf(stagesOf(doc), stageId)) {
    for (const laneSource of sourcesOf(lanesOf(doc), laneId)) {
      for (const id of notesStoredIn(doc, transaction, stageSource, laneSource)) {
        const map = id === except ? undefined : entityIn(notesOf(doc), id)
        if (map) out.push({ ...readNotePlacement(id, map), stageId, laneId })
      }
    }
  }
  return sortOrdered(out)
}
