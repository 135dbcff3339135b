import * as Y from 'yjs'
import { type InitBoardArgs, initBoard } from '../src/ops/initBoard.ts'
import { LocalOrigin } from '../src/ops/origin.ts'
import { type BoardView, readBoard } from '../src/schema/readBoard.ts'

export interface TestBoard {
  doc: Y.Doc
  origin: LocalOrigin
  view: () => BoardView
  mapId: string
  stageIds: string[]
  laneIds: string[]
}

/** A fresh document filled from a template, with its ids at hand. */
export function testBoard(args: Partial<InitBoardArgs> = {}): TestBoard {
  const doc = new Y.Doc()
  const origin = new LocalOrigin('tester')
  initBoard(doc, { title: 'Test board', locale: 'en', now: 1, ...args }, origin)
  const view = () => readBoard(doc)
  const first = view()
  const mapId = first.maps[0]?.id
  if (!mapId) throw new Error('template made no map')
  return {
    doc,
    origin,
    view,
    mapId,
    stageIds: first.stages.map((stage) => stage.id),
    laneIds: first.lanes.map((lane) => lane.id),
  }
}

/** Index access that fails the test instead of yielding undefined. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index]
  if (item === undefined) throw new Error(`no item at ${index}`)
  return item
}
