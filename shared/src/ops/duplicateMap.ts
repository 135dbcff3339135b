import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_NAME_LENGTH } from '../limits.ts'
import { createMapEntity } from '../schema/map.ts'
import { readBoard } from '../schema/readBoard.ts'
import { mapsOf } from '../schema/root.ts'
import { copyMapContent } from './copyMapContent.ts'
import { mapOrderAt } from './mapOrder.ts'
import { requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireText } from './validate.ts'

export interface DuplicateMapArgs {
  mapId: string
  title: string
  now: number
}

/**
 * Adds a copy of a map right after it: its type, persona, segment, the stage it details, its
 * stages (with KPIs as measured), lanes and notes. Returns the copy's id.
 */
export function duplicateMap(doc: Y.Doc, args: DuplicateMapArgs, origin: TransactionOrigin): string {
  const board = readBoard(doc)
  const position = board.maps.findIndex((map) => map.id === args.mapId)
  const from = requireEntity(board.maps[position], 'map', args.mapId)
  const title = requireText(args.title, 'map title', MAX_NAME_LENGTH)
  const mapId = newId()
  doc.transact(() => {
    const stageIds = copyMapContent(doc, board, {
      fromMapId: from.id,
      toMapId: mapId,
      now: args.now,
      keepKpiActuals: true,
    })
    mapsOf(doc).set(
      mapId,
      createMapEntity({
        ...from,
        id: mapId,
        order: mapOrderAt(doc, position + 1),
        title,
        loopRestartStageId: stageIds.get(from.loopRestartStageId) ?? '',
      }),
    )
  }, origin)
  return mapId
}
