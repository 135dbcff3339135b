import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { exportActionsCsv } from '../../src/io/actionsCsv.ts'
import { markdownReport } from '../../src/io/markdownReport.ts'
import { NO_VOTES } from '../../src/io/noteCounts.ts'
import { addAction } from '../../src/ops/addAction.ts'
import { addNote } from '../../src/ops/addNote.ts'
import { at, testBoard } from '../testBoard.ts'

function boardWithActions(locale: 'en' | 'zh-CN') {
  const b = testBoard({ locale })
  const stageId = at(b.stageIds, 0)
  const laneId = at(b.laneIds, 0)
  const pain = addNote(
    b.doc,
    { stageId, laneId, author: 'a', now: 1, text: 'Quote takes | 3 weeks' },
    b.origin,
  )
  addAction(
    b.doc,
    {
      title: 'Self-service *quote*',
      noteIds: [pain],
      owner: '销售部',
      due: '2025-01-31',
      status: 'doing',
      impact: 5,
      effort: 2,
      author: 'ann',
      now: 2,
    },
    b.origin,
  )
  addAction(
    b.doc,
    { title: 'Case studies', status: 'done', due: '2025-01-01', author: 'ann', now: 3 },
    b.origin,
  )
  return b
}

describe('actions in exports', () => {
  it('end the Markdown report as a table in list order, overdue open ones marked', () => {
    const report = markdownReport(boardWithActions('en').view(), NO_VOTES, new Date('2025-02-01T12:00:00Z'))
    expect(report).toContain(
      [
        '## Actions',
        '',
        '| # | Action | Owner | Due | Status | Impact | Effort | Notes |',
        '| ---: | --- | --- | --- | --- | ---: | ---: | --- |',
        '| 1 | Self-service \\*quote\\* | 销售部 | 2025-01-31 (overdue) | Doing | 5 | 2 | Quote takes \\| 3 weeks |',
        '| 2 | Case studies |  | 2025-01-01 | Done | 3 | 3 |  |',
      ].join('\n'),
    )
    const chinese = markdownReport(
      boardWithActions('zh-CN').view(),
      NO_VOTES,
      new Date('2025-02-01T12:00:00Z'),
    )
    expect(chinese).toContain('## 行动项')
    expect(chinese).toContain('2025-01-31 (已逾期) | 进行中 |')
  })

  it('leave the report without an actions section when there are none', () => {
    expect(markdownReport(testBoard().view(), NO_VOTES, new Date(0))).not.toContain('## Actions')
  })

  it('make a CSV with a row per action', () => {
    const b = boardWithActions('en')
    const rows: string[][] = parse(exportActionsCsv(b.view()), { bom: true })
    expect(rows[0]).toEqual([
      'id',
      'title',
      'status',
      'owner',
      'due',
      'impact',
      'effort',
      'notes',
      'note ids',
      'created by',
      'created at',
      'updated at',
    ])
    const [first] = b.view().actions
    expect(rows[1]).toEqual([
      first?.id,
      'Self-service *quote*',
      'doing',
      '销售部',
      '2025-01-31',
      '5',
      '2',
      'Quote takes | 3 weeks',
      first?.noteIds[0],
      'ann',
      '1970-01-01T00:00:00.002Z',
      '1970-01-01T00:00:00.002Z',
    ])
    expect(rows).toHaveLength(3)
  })
})
