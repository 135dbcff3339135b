import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { exportBoardCsv } from '../../src/io/boardCsv.ts'
import { markdownReport } from '../../src/io/markdownReport.ts'
import { addNote } from '../../src/ops/addNote.ts'
import { at, testBoard } from '../testBoard.ts'

/** Votes come from the facilitation tallies, outside the board; every export shows them alike. */
describe('votes in the CSV and the Markdown report', () => {
  const board = testBoard({ locale: 'en' })
  const painLane = board.view().lanes.find((lane) => lane.kind === 'painPoints')
  const ideaLane = board.view().lanes.find((lane) => lane.kind === 'opportunities')
  if (!painLane || !ideaLane) throw new Error('the template has no pain point or opportunity lane')
  const note = (stage: number, laneId: string, text: string) =>
    addNote(
      board.doc,
      { stageId: at(board.stageIds, stage), laneId, author: 'a', now: 1, text },
      board.origin,
    )
  note(0, painLane.id, 'Slow quotes')
  const unclear = note(1, painLane.id, 'Unclear pricing')
  const manual = note(2, painLane.id, 'Manual onboarding')
  const portal = note(1, ideaLane.id, 'Self-service portal')
  const trial = note(3, ideaLane.id, 'Free trial')
  const votes = new Map([
    [unclear, 5],
    [manual, 2],
    [trial, 3],
    [portal, 1],
  ])

  it('ranks pain points and opportunities by votes, ties in board order', () => {
    const report = markdownReport(board.view(), votes, new Date(0))
    const pains = report.split('## Pain points ranked by votes')[1]?.split('\n## ')[0] ?? ''
    expect(pains.match(/^\| \d+ \| .+$/gm)).toEqual([
      '| 1 | Unclear pricing | 2. Capture | 5 |',
      '| 2 | Manual onboarding | 3. Nurture | 2 |',
      '| 3 | Slow quotes | 1. Attract | 0 |',
    ])
    const ideas = report.split('## Opportunities')[1] ?? ''
    expect(ideas.match(/^\d+\. .+$/gm)).toEqual([
      '1. Free trial _(3 votes)_ (4. Convert)',
      '2. Self-service portal _(1 vote)_ (2. Capture)',
    ])
  })

  it('puts each note’s votes in the CSV, 0 when it has none', () => {
    const rows = parse(exportBoardCsv(board.view(), votes), { bom: true, columns: true }) as Array<
      Record<string, string>
    >
    expect(Object.fromEntries(rows.map((row) => [row.text, row.votes]))).toEqual({
      'Slow quotes': '0',
      'Unclear pricing': '5',
      'Manual onboarding': '2',
      'Self-service portal': '1',
      'Free trial': '3',
    })
  })
})
