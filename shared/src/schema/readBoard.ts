import type * as Y from 'yjs'
import { sortOrdered } from '../order/orderKey.ts'
import { type BoardMeta, readBoardMeta } from './board.ts'
import { type Lane, readLane } from './lane.ts'
import { type JourneyMap, readMap } from './map.ts'
import { type Note, readNote } from './note.ts'
import { entriesOf, lanesOf, mapsOf, notesOf, stagesOf } from './root.ts'
import { readStage, type Stage } from './stage.ts'

export interface BoardView {
  meta: BoardMeta
  maps: JourneyMap[]
  stages: Stage[]
  lanes: Lane[]
  notes: Note[]
}

/** A plain, sorted snapshot of the whole board (for export, tests and the server). */
export function readBoard(doc: Y.Doc): BoardView {
  return {
    meta: readBoardMeta(doc),
    maps: sortOrdered(entriesOf(mapsOf(doc)).map(([id, m]) => readMap(id, m))),
    stages: sortOrdered(entriesOf(stagesOf(doc)).map(([id, m]) => readStage(id, m))),
    lanes: sortOrdered(entriesOf(lanesOf(doc)).map(([id, m]) => readLane(id, m))),
    notes: sortOrdered(entriesOf(notesOf(doc)).map(([id, m]) => readNote(id, m))),
  }
}

/** Notes of one cell, in display order. */
export function notesInCell(notes: readonly Note[], stageId: string, laneId: string): Note[] {
  return sortOrdered(notes.filter((note) => note.stageId === stageId && note.laneId === laneId))
}
