import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { OpError } from '../ops/OpError.ts'
import type { TransactionOrigin } from '../ops/origin.ts'
import { orderKeyBetween } from '../order/orderKey.ts'
import { createLaneEntity } from '../schema/lane.ts'
import { createMapEntity } from '../schema/map.ts'
import { createNoteEntity } from '../schema/note.ts'
import { readBoard } from '../schema/readBoard.ts'
import { lanesOf, mapsOf, notesOf, stagesOf } from '../schema/root.ts'
import { createStageEntity } from '../schema/stage.ts'

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
  const stageIds = new Map<string, string>()
  const laneIds = new Map<string, string>()
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
    for (const stage of board.stages.filter((s) => s.mapId === from.id)) {
      const id = newId()
      stageIds.set(stage.id, id)
      stagesOf(doc).set(
        id,
        createStageEntity({
          ...stage,
          id,
          mapId,
          kpis: stage.kpis.map(({ id: _old, ...kpi }) => ({ ...kpi, actual: null })),
          deliverables: stage.deliverables.map(({ id: _old, ...item }) => item),
        }),
      )
    }
    for (const lane of board.lanes.filter((l) => l.mapId === from.id)) {
      const id = newId()
      laneIds.set(lane.id, id)
      lanesOf(doc).set(
        id,
        createLaneEntity({ id, mapId, order: lane.order, kind: lane.kind, name: lane.name }),
      )
    }
    for (const note of board.notes) {
      const stageId = stageIds.get(note.stageId)
      const laneId = laneIds.get(note.laneId)
      if (!stageId || !laneId) continue
      const id = newId()
      const { linkedNoteId: _linked, ...fields } = note
      notesOf(doc).set(
        id,
        createNoteEntity({
          ...fields,
          id,
          stageId,
          laneId,
          sourceId: note.id,
          createdAt: args.now,
          updatedAt: args.now,
        }),
      )
    }
  }, origin)
  return mapId
}
