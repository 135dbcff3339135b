import { openPostgresStorage } from '@jm/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type ExternalServer, startPostgres } from '../helpers/externalServers.ts'

describe('PostgreSQL storage against a real server', () => {
  let pg: ExternalServer
  beforeAll(async () => {
    pg = await startPostgres()
  })
  afterAll(async () => {
    await pg?.stop()
  })

  it('creates its schema once, appends, compacts, and keeps boards and link generations', async () => {
    const [a, b] = await Promise.all([openPostgresStorage(pg.url), openPostgresStorage(pg.url)])
    const doc = new Y.Doc()
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    for (let i = 0; i < 5; i++) doc.getMap('m').set(`k${i}`, i)
    for (const update of updates) await a.append('room-1', update)
    const loaded = await b.load('room-1')
    expect(loaded.updates).toHaveLength(5)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.mergeUpdates(loaded.updates))
    expect(copy.getMap('m').toJSON()).toEqual({ k0: 0, k1: 1, k2: 2, k3: 3, k4: 4 })

    await b.compact('room-1', Y.encodeStateAsUpdate(doc), loaded.lastId)
    expect((await a.load('room-1')).updates).toHaveLength(1)

    expect(
      await a.createBoard({ id: 'board-1', createdAt: 5, linkGen: { facilitator: 0, editor: 0, viewer: 0 } }),
    ).toBe(true)
    expect(
      await b.createBoard({ id: 'board-1', createdAt: 6, linkGen: { facilitator: 0, editor: 0, viewer: 0 } }),
    ).toBe(false)
    await a.setLinkGen('board-1', 'editor', 3)
    expect((await b.getBoard('board-1'))?.linkGen).toEqual({ facilitator: 0, editor: 3, viewer: 0 })

    await a.append('board-1.control', new Uint8Array([0, 0]))
    await a.deleteRooms('board-1')
    expect((await a.load('board-1.control')).updates).toHaveLength(0)
    expect(await a.ping()).toBe(true)
    await Promise.all([a.close(), b.close()])
  })
})
