import { CANVAS_META, CANVAS_RECORDS, canvasRoomName, deleteStage, LocalOrigin, readBoard } from '@jm/shared'
import { BOARD_JSON_FORMAT, type BoardJson } from '@jm/shared/io'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CreatedBoard, createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import {
  enrichSampleBoard,
  exportBoard,
  fillSampleBoard,
  importBoard,
  untilServerMatches,
} from '../helpers/sampleBoard.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

describe('JSON export and import', () => {
  let server: TestServer
  let board: CreatedBoard
  let client: YClient
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startInProcessServer()
    board = await createBoard(server.url, { title: '企业客户旅程 Q3', locale: 'zh-CN' })
    client = connectClient(server.wsUrl, board.id, board.tokens.editor)
    clients.push(client)
    await client.synced
    fillSampleBoard(client.doc)
    enrichSampleBoard(client.doc)
    // A deleted stage stays in the document as a redirect; its notes show in the stage before it.
    const expand = readBoard(client.doc).stages[4]
    if (!expand) throw new Error('the template has five stages')
    deleteStage(client.doc, { stageId: expand.id, now: 6000 }, new LocalOrigin('sample'))
    await untilServerMatches(server, board.id, client.doc)
  })
  afterAll(async () => {
    for (const each of clients) each.destroy()
    await server.close()
  })

  it('needs a valid token, and any role may export', async () => {
    expect((await fetch(`${server.url}/api/boards/${board.id}/export?format=json`)).status).toBe(401)
    expect((await exportBoard(server, board.id, 'forged', 'json')).status).toBe(401)
    const asViewer = await fetch(
      `${server.url}/api/boards/${board.id}/export?format=json&token=${board.tokens.viewer}`,
    )
    expect(asViewer.status).toBe(200)
    expect((await exportBoard(server, board.id, board.tokens.viewer, 'docx')).status).toBe(400)
  })

  it('is a versioned snapshot of every entity with its fields', async () => {
    const response = await exportBoard(server, board.id, board.tokens.editor, 'json')
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain(`board-${board.id}.json`)
    const json = (await response.json()) as BoardJson
    expect(json.format).toBe(BOARD_JSON_FORMAT)
    expect(json.formatVersion).toBe(1)
    expect(json.meta.title).toBe('企业客户旅程 Q3')
    expect(json.stages.map((stage) => stage.name)).toEqual(['吸引', '捕获', '培育', '转化'])
    expect(json.stages[0]).toMatchObject({ ownerDepartment: '市场部', handoff: 'MQL to sales within 24 h' })
    expect(json.stages[0]?.kpis).toContainEqual(
      expect.objectContaining({ name: 'MQL', target: 150, actual: 120 }),
    )
    expect(json.personas).toEqual([
      expect.objectContaining({ name: '陈总', role: 'decisionMaker', jobTitle: 'CIO' }),
    ])
    expect(json.maps[0]).toMatchObject({ personaId: json.personas[0]?.id, segment: '华东制造业中型企业' })
    expect(json.comments.map((comment) => [comment.text, comment.resolved])).toEqual([
      ['Seen in 4 of 6 interviews', true],
      ['@Ana 同意', false],
    ])
    // The deleted stage's note is exported in the stage that now shows it.
    expect(json.notes.find((note) => note.text === '客户成功部')?.stageId).toBe(json.stages[3]?.id)
    expect(json).toEqual({
      ...readBoard(client.doc),
      format: BOARD_JSON_FORMAT,
      formatVersion: 1,
      exportedAt: json.exportedAt,
    })
    const slow = json.notes.find((note) => note.text.startsWith('报价流程'))
    expect(slow).toMatchObject({
      text: '报价流程太慢，\n需要三周',
      color: 'pink',
      tags: ['报价'],
      emotion: -2,
      author: '李雷',
    })
  })

  it('imports into a new board that reads back equal, with its own links', async () => {
    const exported = await (await exportBoard(server, board.id, board.tokens.editor, 'json')).text()
    const response = await importBoard(server, exported, 'application/json')
    expect(response.status).toBe(201)
    const created = (await response.json()) as CreatedBoard
    expect(created.id).not.toBe(board.id)
    expect(created.title).toBe('企业客户旅程 Q3')
    expect(created.links.facilitator).toBe(`/b/${created.id}#token=${created.tokens.facilitator}`)

    const copy = connectClient(server.wsUrl, created.id, created.tokens.viewer)
    clients.push(copy)
    await copy.synced
    expect(readBoard(copy.doc)).toEqual(readBoard(client.doc))

    const again = (await (
      await exportBoard(server, created.id, created.tokens.viewer, 'json')
    ).json()) as BoardJson
    expect({ ...again, exportedAt: '' }).toEqual({ ...(JSON.parse(exported) as BoardJson), exportedAt: '' })
  })

  it('refuses a broken file with the line and the problem', async () => {
    const exported = await (await exportBoard(server, board.id, board.tokens.editor, 'json')).text()
    const lines = exported.split('\n')

    const syntaxLine = lines.findIndex((line) => line.includes('"title"'))
    const broken = lines.map((line, i) => (i === syntaxLine ? line.replace(/,$/, '') : line)).join('\n')
    const syntax = await importBoard(server, broken, 'application/json')
    expect(syntax.status).toBe(400)
    expect(((await syntax.json()) as { error: string }).error).toMatch(
      new RegExp(`^line ${syntaxLine + 2}: not valid JSON \\(comma expected\\)`),
    )

    const colourLine = lines.findIndex((line) => line.includes('"color": "pink"'))
    const badColour = lines
      .map((line, i) => (i === colourLine ? line.replace('pink', 'magenta') : line))
      .join('\n')
    const colour = await importBoard(server, badColour, 'application/json')
    expect(colour.status).toBe(400)
    const colourError = (await colour.json()) as {
      error: string
      issues: Array<{ line: number; problem: string }>
    }
    expect(colourError.issues[0]?.line).toBe(colourLine + 1)
    expect(colourError.error).toMatch(new RegExp(`^line ${colourLine + 1}: notes\\[\\d+\\]\\.color: `))

    const json = JSON.parse(exported) as BoardJson
    const orphan = {
      ...json,
      notes: json.notes.map((note, i) => (i === 1 ? { ...note, stageId: 'nowhere' } : note)),
    }
    const orphanText = JSON.stringify(orphan, null, 2)
    const orphanLine = orphanText.split('\n').findIndex((line) => line.includes('"nowhere"')) + 1
    const refused = await importBoard(server, orphanText, 'application/json')
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { error: string }).error).toBe(
      `line ${orphanLine}: no stage has the id "nowhere"`,
    )

    const newer = JSON.stringify({ ...json, meta: { ...json.meta, schemaVersion: 999 } }, null, 2)
    const newerAnswer = (await (await importBoard(server, newer, 'application/json')).json()) as {
      error: string
    }
    expect(newerAnswer.error).toMatch(/meta\.schemaVersion: the board was saved by a newer version/)

    const empty = await importBoard(server, '', 'application/json')
    expect(((await empty.json()) as { error: string }).error).toBe('the file is empty')
  })

  it("carries the canvas: exported with the board, imported into the new board's canvas, a malformed record refused", async () => {
    const drawn = await createBoard(server.url, { title: 'With a sketch' })
    const canvas = connectClient(server.wsUrl, canvasRoomName(drawn.id), drawn.tokens.editor)
    clients.push(canvas)
    await canvas.synced
    const schema = { schemaVersion: 2, sequences: { 'com.tldraw.shape': 4 } }
    const shape = {
      id: 'shape:sticky',
      typeName: 'shape',
      type: 'geo',
      x: 10,
      y: 20,
      props: { text: '痛点' },
    }
    canvas.doc.transact(() => {
      canvas.doc.getMap(CANVAS_RECORDS).set(shape.id, shape)
      canvas.doc.getMap(CANVAS_META).set('schema', schema)
    })
    const plain = (await (
      await exportBoard(server, board.id, board.tokens.viewer, 'json')
    ).json()) as BoardJson
    expect(plain.canvas).toBeUndefined()
    let exported: BoardJson | undefined
    await eventually(async () => {
      exported = (await (
        await exportBoard(server, drawn.id, drawn.tokens.viewer, 'json')
      ).json()) as BoardJson
      expect(exported.canvas).toEqual({ schema, records: [shape] })
    })

    const response = await importBoard(server, JSON.stringify(exported), 'application/json')
    expect(response.status).toBe(201)
    const created = (await response.json()) as CreatedBoard
    const copy = connectClient(server.wsUrl, canvasRoomName(created.id), created.tokens.viewer)
    clients.push(copy)
    await copy.synced
    expect(copy.doc.getMap(CANVAS_RECORDS).toJSON()).toEqual({ [shape.id]: shape })
    expect(copy.doc.getMap(CANVAS_META).get('schema')).toEqual(schema)

    const broken = { ...exported, canvas: { schema, records: [{ id: 'shape:x', x: 1 }] } }
    const brokenText = JSON.stringify(broken, null, 2)
    const refused = await importBoard(server, brokenText, 'application/json')
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { error: string }).error).toMatch(/canvas\.records\[0\]\.typeName/)
  })
})
