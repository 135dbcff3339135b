import { openPostgresStorage } from '@jm/server'
import { addComment, addNote, LocalOrigin, readBoard } from '@jm/shared'
import type { SearchAnswer } from '@jm/shared/api/workspaces'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.ts'
import { type ExternalServer, startPostgres } from '../helpers/externalServers.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { call, createBoardIn, createWorkspace } from '../helpers/workspaces.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

const origin = new LocalOrigin('search-test')
/** The contract: a stored note is found within 2 s of the write. */
const FOUND_WITHIN_MS = 2_000

const HOSTILE_QUERIES = [
  '"',
  '"unclosed',
  'a OR b NOT c',
  'NEAR(a b, 2)',
  '*',
  'col:value',
  "'; DROP TABLE search_text_v1; --",
  '%',
  '_',
  '\\',
  '🙂🙂🙂',
  '👩‍👩‍👧',
  '\u0000',
  'x'.repeat(10_000),
  '',
  '   ',
]

describe.each([
  { name: 'SQLite (FTS5 trigram)', postgres: false },
  { name: 'PostgreSQL (pg_trgm)', postgres: true },
])('workspace search on $name', ({ postgres }) => {
  let pg: ExternalServer | undefined
  let server: TestServer
  const clients: YClient[] = []
  beforeAll(async () => {
    if (postgres) pg = await startPostgres()
    server = await startInProcessServer(pg ? { storage: await openPostgresStorage(pg.url) } : {})
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server?.close()
    await pg?.stop()
  })

  it('finds a note by two Chinese characters and by an English word in any case within 2 s of the write', async () => {
    const ws = await createWorkspace(server.url)
    const board = await createBoardIn(server.url, ws.tokens.member, { title: 'Renewal journey' })
    const writer = connectClient(server.wsUrl, board.id, board.tokens.editor)
    clients.push(writer)
    await writer.synced
    const { stages, lanes } = readBoard(writer.doc)
    const cell = { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '' }
    const search = async (q: string) =>
      (
        await call<SearchAnswer>(server.url, `/workspaces/${ws.id}/search?q=${encodeURIComponent(q)}`, {
          token: ws.tokens.member,
        })
      ).body.hits

    const chinese = addNote(
      writer.doc,
      { ...cell, author: 'Mei', now: 1, text: '续约时觉得价格太贵' },
      origin,
    )
    const english = addNote(
      writer.doc,
      { ...cell, author: 'Mei', now: 2, text: 'Sales never explained the Pricing tiers' },
      origin,
    )
    await eventually(
      async () => {
        expect(await search('价格')).toContainEqual(
          expect.objectContaining({ kind: 'note', id: chinese, boardId: board.id }),
        )
        expect(await search('pricing')).toContainEqual(
          expect.objectContaining({ kind: 'note', id: english, boardTitle: 'Renewal journey' }),
        )
      },
      { timeout: FOUND_WITHIN_MS },
    )
    const [hit] = await search('PRICING TIERS')
    expect(hit?.snippet).toBe('Sales never explained the Pricing tiers')

    // Comments, stages, personas and the title are found too.
    addComment(
      writer.doc,
      { targetKind: 'note', targetId: english, author: 'Li', now: 3, text: '竞品的报价更透明' },
      origin,
    )
    await eventually(async () => {
      expect((await search('报价')).map((h) => h.kind)).toEqual(['comment'])
      expect((await search('renewal')).map((h) => h.kind)).toContain('board')
    })
  })

  it('answers any query with 200 or 400, never a failure', async () => {
    const ws = await createWorkspace(server.url)
    await createBoardIn(server.url, ws.tokens.owner, { title: 'Anything 100% _ "quoted"' })
    for (const q of HOSTILE_QUERIES) {
      const answer = await call<SearchAnswer & { error?: string }>(
        server.url,
        `/workspaces/${ws.id}/search?q=${encodeURIComponent(q)}`,
        { token: ws.tokens.owner },
      )
      expect([200, 400], `q=${JSON.stringify(q.slice(0, 40))}`).toContain(answer.status)
      if (answer.status === 200) expect(Array.isArray(answer.body.hits)).toBe(true)
      else expect(answer.body.error).toMatch(/q/)
    }
    const quoted = await call<SearchAnswer>(
      server.url,
      `/workspaces/${ws.id}/search?q=${encodeURIComponent('"quoted"')}`,
      {
        token: ws.tokens.owner,
      },
    )
    expect(quoted.body.hits.map((h) => h.kind)).toEqual(['board'])
    const missing = await call(server.url, `/workspaces/${ws.id}/search`, { token: ws.tokens.owner })
    expect(missing.status).toBe(400)
  })
})
