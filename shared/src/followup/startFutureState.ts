import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { copyMapContent } from '../ops/copyMapContent.ts'
import { OpError } from '../ops/OpError.ts'
import type { TransactionOrigin } from '../ops/origin.ts'
import { orderKeyBetween } from '../order/orderKey.ts'
import { createMapEntity } from '../schema/map.ts'
import { readBoard } from '../schema/readBoard.ts'
import { mapsOf } from '../schema/root.ts'

export interface StartFutureStateArgs {
  fromMapId: string
  title: string
  now: number
}

/**
 * Starts a future-state map (seed 001) from a current one: the same stages, lanes and notes, each
 * note remembering the one it was copied from (`sourceId`), so the comparison can tell what the
 * team added, removed or changed, and which pain points the future state resolves. KPIs keep their
 * names, units and targets but not their actuals: the future state has not been measured yet, and
 * copied figures would read as results it never had.
 */
export function startFutureState(doc: Y.Doc, args: StartFutureStateArgs, origin: TransactionOrigin): string {
  const board = readBoard(doc)
  const from = board.maps.find((map) => map.id === args.fromMapId)
  if (!from) throw new OpError('not-found', `map ${args.fromMapId} does not exist`)
  const mapId = newId()
  doc.transact(() => {
    mapsOf(doc).set(
      mapId,
      createMapEntity({
        id: mapId,
        order: orderKeyBetween(board.maps.at(-1)?.order, null),
        type: 'futureState',
        title: args.title,
        personaId: from.personaId,
        segment: from.segment,
      }),
    )
    copyMapContent(doc, board, { fromMapId: from.id, toMapId: mapId, now: args.now, keepKpiActuals: false })
  }, origin)
  return mapId
}
