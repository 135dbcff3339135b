import type * as Y from 'yjs'
import { OpError } from '../ops/OpError.ts'
import type { TransactionOrigin } from '../ops/origin.ts'
import { createActionEntity } from '../schema/action.ts'
import { writeBoardMeta } from '../schema/board.ts'
import { type Comment, CommentKeys, createCommentEntity } from '../schema/comment.ts'
import { createEvidenceEntity } from '../schema/evidence.ts'
import { createLaneEntity } from '../schema/lane.ts'
import { createMapEntity, type JourneyMap, MapKeys } from '../schema/map.ts'
import { migrate } from '../schema/migrate.ts'
import { createNoteEntity } from '../schema/note.ts'
import { createPersonaEntity } from '../schema/persona.ts'
import type { BoardView } from '../schema/readBoard.ts'
import {
  actionsOf,
  attachmentsOf,
  commentsOf,
  type EntityMap,
  lanesOf,
  linksOf,
  mapsOf,
  metaOf,
  notesOf,
  personasOf,
  stagesOf,
} from '../schema/root.ts'
import { createStageEntity } from '../schema/stage.ts'
import { type Tombstone, TombstoneKeys } from '../schema/tombstone.ts'

type Collections = Omit<BoardView, 'meta'>
type Writer<T> = { target: (doc: Y.Doc) => EntityMap; create: (item: T) => Y.Map<unknown> }

/** The schema factories make live, fresh items; these add what an exported item may carry beyond that. */
function withTombstone(entity: Y.Map<unknown>, item: Tombstone): Y.Map<unknown> {
  if (item.deletedAt !== null) {
    entity.set(TombstoneKeys.deletedAt, item.deletedAt)
    entity.set(TombstoneKeys.redirectTo, item.redirectTo)
  }
  return entity
}

function createMap(item: JourneyMap): Y.Map<unknown> {
  const entity = createMapEntity(item)
  // The free-text persona of schema version 1 documents, kept until a migration turns it into an entity.
  if (item.persona) entity.set(MapKeys.persona, item.persona)
  return entity
}

function createComment(item: Comment): Y.Map<unknown> {
  const entity = createCommentEntity(item)
  for (const key of [CommentKeys.editedAt, CommentKeys.resolved, CommentKeys.resolvedBy, CommentKeys.deleted])
    entity.set(key, item[key])
  return entity
}

/**
 * One writer per collection of BoardView: a collection the model adds to the board view must get a
 * writer here, or this stops compiling, so an import never silently drops part of an export.
 */
const WRITERS: { [K in keyof Collections]: Writer<Collections[K][number]> } = {
  maps: { target: mapsOf, create: createMap },
  personas: { target: personasOf, create: createPersonaEntity },
  stages: { target: stagesOf, create: (item) => withTombstone(createStageEntity(item), item) },
  lanes: { target: lanesOf, create: (item) => withTombstone(createLaneEntity(item), item) },
  notes: { target: notesOf, create: createNoteEntity },
  // Notes whose cell is gone stay unplaced in the copy too: their stage or lane ids resolve to nothing.
  unplacedNotes: { target: notesOf, create: createNoteEntity },
  comments: { target: commentsOf, create: createComment },
  actions: { target: actionsOf, create: createActionEntity },
  links: { target: linksOf, create: createEvidenceEntity },
  attachments: { target: attachmentsOf, create: createEvidenceEntity },
}

/**
 * Fills an empty document with a validated snapshot (ids kept, so the copy reads back equal), in
 * one transaction, then migrates it if the snapshot came from an older schema. @public
 */
export function writeBoardSnapshot(doc: Y.Doc, board: BoardView, origin: TransactionOrigin): void {
  if (metaOf(doc).size > 0) throw new OpError('invalid', 'the board is already initialised')
  doc.transact(() => {
    writeBoardMeta(metaOf(doc), board.meta)
    for (const key of Object.keys(WRITERS) as Array<keyof Collections>) writeAll(doc, key, board[key])
  }, origin)
  migrate(doc)
}

function writeAll<K extends keyof Collections>(doc: Y.Doc, key: K, items: Collections[K]): void {
  const { target, create } = WRITERS[key] as Writer<Collections[K][number]>
  const collection = target(doc)
  for (const item of items) collection.set(item.id, create(item))
}
