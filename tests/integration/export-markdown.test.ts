import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import {
  enrichSampleBoard,
  exportBoard,
  fillSampleBoard,
  untilServerMatches,
} from '../helpers/sampleBoard.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

describe('Markdown report', () => {
  let server: TestServer
  const clients: YClient[] = []
  beforeAll(async () => {
    server = await startInProcessServer()
  })
  afterAll(async () => {
    for (const each of clients) each.destroy()
    await server.close()
  })

  const reportOf = async (locale: string) => {
    const board = await createBoard(server.url, { title: 'Onboarding *review*', locale })
    const client = connectClient(server.wsUrl, board.id, board.tokens.editor)
    clients.push(client)
    await client.synced
    fillSampleBoard(client.doc)
    enrichSampleBoard(client.doc)
    await untilServerMatches(server, board.id, client.doc)
    const response = await exportBoard(server, board.id, board.tokens.viewer, 'md')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    return response.text()
  }

  it('goes stage by stage, then ranks pain points and lists KPIs, owners and opportunities', async () => {
    const report = await reportOf('en')
    const headings = report.split('\n').filter((line) => line.startsWith('#'))
    expect(headings).toEqual([
      '# Onboarding \\*review\\*',
      '## Stages',
      '### 1. Attract',
      '### 2. Capture',
      '### 3. Nurture',
      '### 4. Convert',
      '### 5. Expand',
      '## Pain points ranked by votes',
      '## KPIs',
      '## Owners',
      '## Opportunities',
    ])
    const attract = report.slice(report.indexOf('### 1. Attract'), report.indexOf('### 2. Capture'))
    expect(attract).toContain('**Touchpoints & channels**')
    expect(attract).toContain('- 行业展会 Trade show _(emotion +1 · tags: 线下, event)_')
    expect(attract).toContain('- LinkedIn ads\n')
    expect(report).toContain(
      [
        '| # | Note | Stage | Votes |',
        '| ---: | --- | --- | ---: |',
        '| 1 | 报价流程太慢，<br>需要三周 | 2. Capture | 0 |',
        '| 2 | Pricing page unclear, "hidden" fees | 2. Capture | 0 |',
      ].join('\n'),
    )
    expect(report).toContain('**Current state** · Persona: 陈总, CIO · Segment: 华东制造业中型企业\n')
    expect(attract).toContain(
      '- **Customer question**: 你们懂我们的行业吗？\n- **Exit criteria**: Contact form filled in\n',
    )
    const section = (heading: string) => report.slice(report.indexOf(heading)).split('\n## ')[0] ?? ''
    const kpis = section('## KPIs')
    expect(kpis).toContain('| Stage | KPI | Target | Actual |\n| --- | --- | ---: | ---: |\n')
    expect(kpis).toContain('| 1. Attract | MQL | 150 leads | 120 leads |\n')
    expect(kpis).toContain('- **3. Nurture**: MQL→SQL 转化率 18%\n')
    const owners = section('## Owners')
    expect(owners).toContain('| 1. Attract | 市场部 | MQL to sales within 24 h |\n')
    expect(owners).toContain('- **5. Expand**: 客户成功部\n')
    expect(report).toContain('## Opportunities\n\n1. 自助报价工具 _(emotion 0 · tags: 产品)_ (4. Convert)\n')
  })

  it('is written in the board’s language', async () => {
    const report = await reportOf('zh-CN')
    expect(report).toContain('## 痛点（按票数排序）')
    expect(report).toContain('### 1. 吸引')
    expect(report).toContain('**接触点 / 渠道**')
    expect(report).toContain('| 排名 | 便利贴 | 阶段 | 票数 |')
    expect(report).toContain('## 机会')
  })
})
