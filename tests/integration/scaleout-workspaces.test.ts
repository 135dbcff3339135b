import { openPostgresStorage, openRedisBus } from '@jm/server'
import { AuthSubtype, addNote, LocalOrigin, readBoard } from '@jm/shared'
import type { SearchAnswer } from '@jm/shared/api/workspaces'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.ts'
import { type ExternalServer, startPostgres, startRedis } from '../helpers/externalServers.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { call, createBoardIn, createWorkspace } from '../helpers/workspaces.ts'
import { connectClient, recordAuthMessages, type YClient } from '../helpers/yclient.ts'

const origin = new LocalOrigin('scaleout-workspaces')
/** The contract: a note written through one instance is found through another within 2 s. */
const FOUND_WITHIN_MS = 2_000

describe('workspaces with several instances (Redis + PostgreSQL)', () => {
  let pg: ExternalServer
  let redis: ExternalServer
  const instances: TestServer[] = []
  const clients: YClient[] = []
  beforeAll(async () => {
    ;[pg, redis] = await Promise.all([startPostgres(), startRedis()])
    for (let i = 0; i < 2; i++) {
      const [storage, bus] = await Promise.all([openPostgresStorage(pg.url), openRedisBus(redis.url)])
      const instance = await startInProcessServer({ storage, bus, limits: { healIntervalMs: 500 } })
      await instance.built.ready
      instances.push(instance)
    }
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    for (const instance of instances) await instance.close()
    await Promise.all([pg?.stop(), redis?.stop()])
  })

  it('finds on instance B a note written through instance A, and archives on B what A serves', async () => {
    const [a, b] = instances
    if (!a || !b) throw new Error('two instances expected')
    const ws = await createWorkspace(a.url)
    const board = await createBoardIn(a.url, ws.tokens.member, { title: 'Cross-instance' })
    const writer = connectClient(a.wsUrl, board.id, board.tokens.editor)
    clients.push(writer)
    await writer.synced
    const { stages, lanes } = readBoard(writer.doc)
    const cell = { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '' }
    const note = addNote(
      writer.doc,
      { ...cell, author: 'Mei', now: 1, text: '交付周期太长 Delivery is slow' },
      origin,
    )
    await eventually(
      async () => {
        const found = await call<SearchAnswer>(
          b.url,
          `/workspaces/${ws.id}/search?q=${encodeURIComponent('交付')}`,
          {
            token: ws.tokens.member,
          },
        )
        expect(found.body.hits.map((hit) => hit.id)).toEqual([note])
      },
      { timeout: FOUND_WITHIN_MS },
    )

    // Archived through B: the writer connected to A can no longer change the board.
    const told = recordAuthMessages(writer.provider)
    const archived = await call(b.url, `/workspaces/${ws.id}/boards/${board.id}/archive`, {
      method: 'POST',
      token: ws.tokens.owner,
    })
    expect(archived.status).toBe(200)
    // A narrows the open socket once the board event reaches it: the writer is told the board is archived.
    await eventually(() => expect(told.map((m) => m.subtype)).toEqual([AuthSubtype.archived]))
    addNote(writer.doc, { ...cell, author: 'Mei', now: 3, text: 'after archiving' }, origin)
    // A socket that joins now, on either instance, reads only and gets none of it.
    for (const instance of [a, b]) {
      const fresh = connectClient(instance.wsUrl, board.id, board.tokens.editor)
      clients.push(fresh)
      const freshTold = recordAuthMessages(fresh.provider)
      await fresh.synced
      const texts = readBoard(fresh.doc).notes.map((n) => n.text)
      expect(texts).not.toContain('after archiving')
      // Told as it joins that the board is archived (its UI turns read-only).
      expect(freshTold.map((m) => m.subtype)).toEqual([AuthSubtype.archived])
    }
  })
})
