import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBoard, joinBoard } from '../helpers/boards.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'

const tokenOf = (link: string) => new URLSearchParams(link.split('#')[1]).get('token') ?? ''

describe('GET /api/boards/:id/links', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startInProcessServer()
  })
  afterAll(() => server?.close())

  const getLinks = (id: string, token?: string) =>
    fetch(`${server.url}/api/boards/${id}/links`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })

  it('gives a facilitator (also one who joined by name) working links for every role', async () => {
    const board = await createBoard(server.url)
    const participant = await joinBoard(server.url, board.id, board.tokens.facilitator, 'Mei')
    const response = await getLinks(board.id, participant)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { links: Record<string, string> }
    expect(Object.keys(body.links).sort()).toEqual(['editor', 'facilitator', 'viewer'])
    expect(body.links.viewer).toMatch(new RegExp(`^/b/${board.id}#token=`))
    // The viewer link joins as a viewer.
    const viewer = await fetch(`${server.url}/api/boards/${board.id}/join`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokenOf(body.links.viewer ?? '')}`,
      },
      body: JSON.stringify({ name: 'Guest' }),
    })
    expect(((await viewer.json()) as { role: string }).role).toBe('viewer')
  })

  it('refuses editors and viewers (403) and requests without a token (401)', async () => {
    const board = await createBoard(server.url)
    expect((await getLinks(board.id, board.tokens.editor)).status).toBe(403)
    expect((await getLinks(board.id, board.tokens.viewer)).status).toBe(403)
    expect((await getLinks(board.id)).status).toBe(401)
    const other = await createBoard(server.url)
    expect((await getLinks(board.id, other.tokens.facilitator)).status).toBe(401)
  })

  it('answers the rotated link after a rotation, not the old one', async () => {
    const board = await createBoard(server.url)
    const rotated = await fetch(`${server.url}/api/boards/${board.id}/links/editor/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    const { link } = (await rotated.json()) as { link: string }
    const body = (await (await getLinks(board.id, board.tokens.facilitator)).json()) as {
      links: Record<string, string>
    }
    expect(body.links.editor).toBe(link)
    expect(body.links.editor).not.toBe(board.links.editor)
  })
})

describe('GET /api/boards/:id', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startInProcessServer()
  })
  afterAll(() => server?.close())

  const summary = (id: string, token?: string) =>
    fetch(`${server.url}/api/boards/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })

  it("names the board a share link opens, for every role's link, and nothing without one", async () => {
    const board = await createBoard(server.url, { title: '华东区续约旅程', locale: 'zh-CN' })
    for (const role of ['facilitator', 'editor', 'viewer'] as const) {
      const response = await summary(board.id, board.tokens[role])
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ id: board.id, title: '华东区续约旅程', locale: 'zh-CN', role })
    }
    expect((await summary(board.id)).status).toBe(401)
    const other = await createBoard(server.url)
    expect((await summary(board.id, other.tokens.viewer)).status).toBe(401)
    const deleted = await fetch(`${server.url}/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    expect(deleted.status).toBe(204)
    expect(await summary(board.id, board.tokens.viewer)).toMatchObject({ status: 410 })
  })
})
