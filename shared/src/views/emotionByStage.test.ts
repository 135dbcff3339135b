import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addMap } from '../ops/addMap.ts'
import { addNote } from '../ops/addNote.ts'
import { LocalOrigin } from '../ops/origin.ts'
import { setNoteFields } from '../ops/setNoteFields.ts'
import { readBoard } from '../schema/readBoard.ts'
import { initBoard } from '../templates/index.ts'
import { emotionByStage } from './emotionByStage.ts'

const origin = new LocalOrigin('t')

describe('emotionByStage', () => {
  it('draws a map’s curve from its own notes, whatever another map of the board scored', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'B', locale: 'en', now: 0 }, origin)
    const other = addMap(doc, { type: 'currentState', title: '', stageNames: ['x'] }, origin)
    const start = readBoard(doc)
    const mine = start.maps[0]?.id
    const score = (mapId: string | undefined, kind: string, emotion: number) => {
      const stageId = start.stages.find((stage) => stage.mapId === mapId)?.id ?? ''
      const laneId = start.lanes.find((lane) => lane.mapId === mapId && lane.kind === kind)?.id ?? ''
      const noteId = addNote(doc, { stageId, laneId, author: 'a', now: 1 }, origin)
      setNoteFields(doc, { noteId, emotion, now: 2 }, origin)
    }
    // This map's only score is in its touchpoints; the other map's is in its feelings lane.
    score(mine, 'touchpoints', -1)
    score(other, 'feelings', 2)
    const board = readBoard(doc)
    const stages = board.stages.filter((stage) => stage.mapId === mine)
    const lanes = board.lanes.filter((lane) => lane.mapId === mine)
    expect(emotionByStage(stages, lanes, board.notes).get(stages[0]?.id ?? '')).toBe(-1)
  })
})
