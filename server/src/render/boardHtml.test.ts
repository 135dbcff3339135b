import {
  addNote,
  type Locale,
  LocalOrigin,
  readBoard,
  setNoteFields,
  setStageFields,
  setStageKpi,
} from '@jm/shared'
import { initBoard } from '@jm/shared/templates'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boardHtml } from './boardHtml.ts'

const origin = new LocalOrigin('t')

/** A seed-002 board whose first stages carry an owner, a handoff, a measured KPI and scored feelings. */
function measuredBoard(locale: Locale) {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Printed', locale, now: 1 }, origin)
  const start = readBoard(doc)
  const [first, second] = start.stages
  const feelings = start.lanes.find((lane) => lane.kind === 'feelings')
  const kpi = first?.kpis[0]
  if (!first || !second || !feelings || !kpi) throw new Error('template lacks stages, KPIs or feelings')
  setStageFields(
    doc,
    { stageId: first.id, ownerDepartment: 'Marketing', handoff: 'MQL to sales within 24 h' },
    origin,
  )
  setStageKpi(doc, { stageId: first.id, kpiId: kpi.id, target: 500, actual: 320, unit: 'leads' }, origin)
  for (const [stage, emotion] of [
    [first, 1],
    [second, -2],
  ] as const) {
    const noteId = addNote(doc, { stageId: stage.id, laneId: feelings.id, author: 'a', now: 2 }, origin)
    setNoteFields(doc, { noteId, emotion, now: 3 }, origin)
  }
  return { board: readBoard(doc), kpiName: kpi.name }
}

const render = (board: ReturnType<typeof readBoard>) => boardHtml(board, new Map(), new Date(0), new Map())

describe('the printed board (PNG and PDF)', () => {
  it('shows each stage’s owner, handoff and KPIs with actual / target, met or behind', async () => {
    const { board, kpiName } = measuredBoard('en')
    const page = await render(board)
    expect(page).toContain('Marketing')
    expect(page).toContain('<b>Handoff</b> → MQL to sales within 24 h')
    expect(page.replace(/\s+/g, ' ')).toContain(
      `kpi-behind"> <span class="kpi-name">${kpiName}</span> <span class="kpi-figure">320 / 500 leads</span>`,
    )
  })

  it('draws the emotion curve through the stages’ average scores, in the board’s language', async () => {
    const { board } = measuredBoard('zh-CN')
    const page = await render(board)
    expect(page).toContain('情绪曲线')
    const points = /<polyline points="([^"]+)"/.exec(page)?.[1]?.split(' ') ?? []
    expect(points).toHaveLength(2)
    const [first, second] = points.map((point) => point.split(',').map(Number))
    // The first stage's +1 sits above the second's -2, to its left.
    expect(second?.[0]).toBeGreaterThan(first?.[0] ?? Number.POSITIVE_INFINITY)
    expect(first?.[1]).toBeLessThan(second?.[1] ?? Number.NEGATIVE_INFINITY)
    expect(page).toContain('>+1</text>')
    expect(page).toContain('>-2</text>')
  })

  it('leaves the curve out while no note is scored', async () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'Blank', locale: 'en', now: 1 }, origin)
    expect(await render(readBoard(doc))).not.toContain('emotion-curve"')
  })
})
