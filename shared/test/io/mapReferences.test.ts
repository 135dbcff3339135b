import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { exportBoardJson, serializeBoardJson } from '../../src/io/boardJson.ts'
import { parseBoardJson } from '../../src/io/parseBoardJson.ts'
import { writeBoardSnapshot } from '../../src/io/writeBoardSnapshot.ts'
import { addMap } from '../../src/ops/addMap.ts'
import { setMapFields } from '../../src/ops/setMapFields.ts'
import { readBoard } from '../../src/schema/readBoard.ts'
import { at, testBoard } from '../testBoard.ts'

describe('a map’s references in a JSON export', () => {
  it('keep the stage a sub-journey details and the loop restart through export and import', () => {
    const b = testBoard()
    const stage = at(b.stageIds, 2)
    addMap(b.doc, { type: 'tactical', title: 'Sub', stageNames: ['x'], parentStageId: stage }, b.origin)
    setMapFields(b.doc, { mapId: b.mapId, type: 'circular', loopRestartStageId: stage }, b.origin)
    const text = serializeBoardJson(exportBoardJson(b.doc, new Date(0)))
    const copy = new Y.Doc()
    writeBoardSnapshot(copy, parseBoardJson(text).board, b.origin)
    expect(readBoard(copy).maps).toEqual(b.view().maps)
  })
})
