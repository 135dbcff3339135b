import { notesInCell, readBoard } from '@jm/shared'
import { CSV_COLUMNS } from '@jm/shared/io'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CreatedBoard, createBoard } from '../helpers/boards.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import {
  enrichSampleBoard,
  exportBoard,
  fillSampleBoard,
  importBoard,
  SAMPLE_NOTES,
  untilServerHasNotes,
  untilServerMatches,
} from '../helpers/sampleBoard.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

const HEADER = 'map,stage,lane,text,colour,tags,emotion,votes,comment count,author,links'

describe('CSV export and import', () => {
  let server: TestServer
  let board: CreatedBoard
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startInProcessServer()
    board = await createBoard(server.url, { title: 'Renewal journey', locale: 'zh-CN' })
    const client = connectClient(server.wsUrl, board.id, board.tokens.editor)
    clients.push(client)
    await client.synced
    fillSampleBoard(client.doc)
    await untilServerHasNotes(server, board.id, SAMPLE_NOTES.length)
  })
  afterAll(async () => {
    for (const each of clients) each.destroy()
    await server.close()
  })

  const exportCsv = async (id: string, token: string) => {
    const response = await exportBoard(server, id, token, 'csv')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    return response.text()
  }

  it('has a row per note in board order with every column', async () => {
    const csv = await exportCsv(board.id, board.tokens.viewer)
    // fetch's text() drops the byte-order mark that spreadsheet apps need to read UTF-8; check the bytes.
    const bytes = new Uint8Array(
      await (await exportBoard(server, board.id, board.tokens.viewer, 'csv')).arrayBuffer(),
    )
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.startsWith(`${HEADER}\r\n`)).toBe(true)
    const rows = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(SAMPLE_NOTES.length)
    expect(rows.map((row) => row.text)).toEqual(SAMPLE_NOTES.map((note) => note.text))
    expect(rows[0]).toEqual({
      map: '当前状态',
      stage: '吸引',
      lane: '接触点 / 渠道',
      text: '行业展会 Trade show',
      colour: 'yellow',
      tags: '线下; event',
      emotion: '1',
      votes: '0',
      'comment count': '0',
      author: '王芳',
      links: '',
    })
    expect(rows[2]).toMatchObject({
      stage: '捕获',
      lane: '痛点',
      text: '报价流程太慢，\n需要三周',
      emotion: '-2',
    })
    // Quotes and commas inside a note are quoted per RFC 4180.
    expect(csv).toContain('"Pricing page unclear, ""hidden"" fees"')
  })

  it('counts the comments on each note, replies included', async () => {
    const commented = await createBoard(server.url, { title: 'Commented', locale: 'en' })
    const client = connectClient(server.wsUrl, commented.id, commented.tokens.editor)
    clients.push(client)
    await client.synced
    fillSampleBoard(client.doc)
    const written = enrichSampleBoard(client.doc)
    await untilServerMatches(server, commented.id, client.doc)
    const rows = parse(await exportCsv(commented.id, commented.tokens.viewer), { columns: true }) as Array<
      Record<string, string>
    >
    expect(rows.map((row) => row['comment count'])).toEqual(
      SAMPLE_NOTES.map((note) => (note.text.startsWith('报价流程') ? String(written) : '0')),
    )
  })

  it('imports into a new board that exports the same CSV again', async () => {
    const csv = await exportCsv(board.id, board.tokens.editor)
    const response = await importBoard(server, csv, 'text/csv', '?title=导入的旅程&locale=zh-CN')
    expect(response.status).toBe(201)
    const created = (await response.json()) as CreatedBoard
    expect(created.title).toBe('导入的旅程')
    expect(await exportCsv(created.id, created.tokens.viewer)).toBe(csv)

    const copy = connectClient(server.wsUrl, created.id, created.tokens.viewer)
    clients.push(copy)
    await copy.synced
    const view = readBoard(copy.doc)
    // Only stages and lanes that hold notes travel in a CSV; lanes keep their kind.
    expect(view.stages.map((stage) => stage.name)).toEqual(['吸引', '捕获', '培育', '转化', '扩展'])
    expect(view.lanes.map((lane) => [lane.kind, lane.name])).toEqual([
      ['touchpoints', ''],
      ['painPoints', ''],
      ['kpis', ''],
      ['opportunities', ''],
      ['owners', ''],
    ])
  })

  it('creates stages and lanes as needed from a hand-written file', async () => {
    const csv = [
      'Stage,Lane,Text,Color,Tags,Emotion',
      'Discover,Touchpoints & channels,Webinar,blue,events;inbound,1',
      'Discover,Budget owners,CFO signs off,,,',
      'Decide,Pain points,"Security review\ntakes a month",pink,,-2',
      'Discover,Touchpoints & channels,Analyst report,,,',
    ].join('\n')
    const response = await importBoard(server, csv, 'text/csv')
    expect(response.status).toBe(201)
    const created = (await response.json()) as CreatedBoard
    expect(created.title).toBe('Imported map')
    const copy = connectClient(server.wsUrl, created.id, created.tokens.viewer)
    clients.push(copy)
    await copy.synced
    const view = readBoard(copy.doc)
    expect(view.stages.map((stage) => stage.name)).toEqual(['Discover', 'Decide'])
    expect(view.lanes.map((lane) => [lane.kind, lane.name])).toEqual([
      ['touchpoints', ''],
      ['custom', 'Budget owners'],
      ['painPoints', ''],
    ])
    const [discover, decide] = view.stages
    const [touchpoints, owners, pains] = view.lanes
    const cellTexts = (stageId = '', laneId = '') =>
      notesInCell(view.notes, stageId, laneId).map((note) => note.text)
    expect(cellTexts(discover?.id, touchpoints?.id)).toEqual(['Webinar', 'Analyst report'])
    expect(cellTexts(discover?.id, owners?.id)).toEqual(['CFO signs off'])
    expect(cellTexts(decide?.id, pains?.id)).toEqual(['Security review\ntakes a month'])
    const byText = (text: string) => view.notes.find((note) => note.text === text)
    expect(byText('Webinar')).toMatchObject({ color: 'blue', tags: ['events', 'inbound'], emotion: 1 })
    expect(byText('CFO signs off')).toMatchObject({ color: 'yellow', tags: [], emotion: null })
    expect(byText('Security review\ntakes a month')).toMatchObject({ color: 'pink', emotion: -2 })
  })

  it('refuses a bad file with each line and its problem', async () => {
    const csv = [
      HEADER,
      '当前状态,Attract,Touchpoints & channels,ok,yellow,,,0,0,Ana,https://ex.example/ok',
      '当前状态,Attract,Pain points,"two',
      'lines",magenta,,,0,0,Ana,',
      '当前状态,,Pain points,no stage,,,,0,0,Ana,',
      '当前状态,Attract,Pain points,too happy,,,5,0,0,Ana,',
      '当前状态,Attract,Pain points,bad link,,,,0,0,Ana,javascript:alert(1)',
      '当前状态,Attract,Pain points,short row',
    ].join('\r\n')
    const response = await importBoard(server, csv, 'text/csv')
    expect(response.status).toBe(400)
    const body = (await response.json()) as {
      error: string
      issues: Array<{ line: number; problem: string }>
    }
    expect(body.issues).toEqual([
      { line: 3, problem: 'colour "magenta" is not one of yellow, pink, blue, green, orange, purple, gray' },
      { line: 5, problem: 'stage is empty' },
      { line: 6, problem: 'emotion "5" is not a whole number from -2 to 2' },
      { line: 7, problem: 'link "javascript:alert(1)" is not an http:// or https:// address' },
      { line: 8, problem: '4 fields, the header has 11' },
    ])
    expect(body.error).toMatch(/^line 3: colour "magenta"/)

    const unclosed = await importBoard(
      server,
      `${HEADER}\n当前状态,Attract,Pain points,"never closed,,,,0,0,Ana,\n`,
      'text/csv',
    )
    expect(((await unclosed.json()) as { error: string }).error).toMatch(
      /^line 2: not valid CSV \(quote not closed/,
    )

    const unknown = await importBoard(server, 'stage,lane,mood\nA,B,C\n', 'text/csv')
    expect(((await unknown.json()) as { error: string }).error).toMatch(/^line 1: unknown column "mood"/)
  })
})
