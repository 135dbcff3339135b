import type * as Y from 'yjs'
import { OpError } from '../ops/OpError.ts'
import type { TransactionOrigin } from '../ops/origin.ts'
import { BoardMetaKeys } from '../schema/board.ts'
import { createLaneEntity } from '../schema/lane.ts'
import { createMapEntity } from '../schema/map.ts'
import { migrate } from '../schema/migrate.ts'
import { createNoteEntity } from '../schema/note.ts'
import type { BoardView } from '../schema/readBoard.ts'
import { type EntityMap, lanesOf, mapsOf, metaOf, notesOf, stagesOf } from '../schema/root.ts'
import { createStageEntity } from '../schema/stage.ts'

type Collections = Omit<BoardView, 'meta'>

/**
 * One writer per collection of BoardView: a collection the model adds to the board view must get a
 * writer here, or this stops compiling, so an import never silently drops part of an export.
 */
const WRITERS: {
  [K in keyof Collections]: {
    target: (doc: Y.Doc) => EntityMap
    create: (item: Collections[K][number]) => Y.Map<unknown>
  }
} = {
  maps: { target: mapsOf, create: createMapEntity },
  stages: { target: stagesOf, create: createStageEntity },
  lanes: { target: lanesOf, create: createLaneEntity },
  notes: { target: notesOf, create: createNoteEntity },
}

/**
 * Fills an empty document with a validated snapshot (ids kept, so the copy reads back equal), in
 * one transaction, then migrates it if the snapshot came from an older schema. @public
 */
export function writeBoardSnapshot(doc: Y.Doc, board: BoardView, origin: TransactionOrigin): void {
  if (metaOf(doc).size > 0) throw new OpError('invalid', 'the board is already initialised')
  doc.transact(() => {
    const meta = metaOf(doc)
    for (const key of Object.values(BoardMetaKeys)) meta.set(key, board.meta[key])
    for (const key of Object.keys(WRITERS) as Array<keyof Collections>) writeAll(doc, key, board[key])
  }, origin)
  migrate(doc)
}

function writeAll<K extends keyof Collections>(doc: Y.Doc, key: K, items: Collections[K]): void {
  const { target, create } = WRITERS[key]
  const collection = target(doc)
  for (const item of items) collection.set(item.id, create(item))
}
