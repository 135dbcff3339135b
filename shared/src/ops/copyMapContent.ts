import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { createLaneEntity } from '../schema/lane.ts'
import { createNoteEntity } from '../schema/note.ts'
import type { BoardView } from '../schema/readBoard.ts'
import { lanesOf, notesOf, stagesOf } from '../schema/root.ts'
import { createStageEntity } from '../schema/stage.ts'

export interface CopyMapContentArgs {
  fromMapId: string
  toMapId: string
  now: number
  /** Whether the copies keep the KPI actuals measured on the original (a future state does not). */
  keepKpiActuals: boolean
}

/**
 * Copies a map's live stages, lanes and notes into another map, with fresh ids; each note remembers
 * the one it was copied from (`sourceId`). Call inside the caller's transaction. Returns the new id
 * of each copied stage, keyed by the original's, so the caller can re-point references to them.
 */
export function copyMapContent(doc: Y.Doc, board: BoardView, args: CopyMapContentArgs): Map<string, string> {
  const stageIds = new Map<string, string>()
  const laneIds = new Map<string, string>()
  const mapId = args.toMapId
  for (const stage of board.stages.filter((s) => s.mapId === args.fromMapId)) {
    const id = newId()
    stageIds.set(stage.id, id)
    stagesOf(doc).set(
      id,
      createStageEntity({
        ...stage,
        id,
        mapId,
        kpis: stage.kpis.map(({ id: _old, ...kpi }) =>
          args.keepKpiActuals ? kpi : { ...kpi, actual: null },
        ),
        deliverables: stage.deliverables.map(({ id: _old, ...item }) => item),
      }),
    )
  }
  for (const lane of board.lanes.filter((l) => l.mapId === args.fromMapId)) {
    const id = newId()
    laneIds.set(lane.id, id)
    lanesOf(doc).set(id, createLaneEntity({ id, mapId, order: lane.order, kind: lane.kind, name: lane.name }))
  }
  for (const note of board.notes) {
    const stageId = stageIds.get(note.stageId)
    const laneId = laneIds.get(note.laneId)
    if (!stageId || !laneId) continue
    const id = newId()
    // A note's link ties two notes of the original; the copy starts unlinked.
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
  return stageIds
}
