import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Bus, BusKinds, openPostgresStorage, openRedisBus } from '@jm/server'
import { addNote, LocalOrigin, notesOf, readBoard } from '@jm/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { type ExternalServer, startPostgres, startRedis } from '../helpers/externalServers.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

/** Cross-process delivery on a busy 2-core machine can take seconds; correctness, not speed, is tested here. */
const CONVERGE_MS = 20_000

function noteOn(client: YClient, text: string, actor: string): string {
  const { stages, lanes } = readBoard(client.doc)
  return addNote(
    client.doc,
    { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '', author: actor, now: Date.now(), text },
    new LocalOrigin(actor),
  )
}

const texts = (client: YClient) =>
  readBoard(client.doc)
    .notes.map((note) => note.text)
    .sort()

describe('several relay instances sharing rooms through Redis, stored in PostgreSQL', () => {
  let pg: ExternalServer
  let redis: ExternalServer
  const clients: YClient[] = []
  const dirs: string[] = []
  beforeAll(async () => {
    ;[pg, redis] = await Promise.all([startPostgres(), startRedis()])
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })
  afterAll(async () => {
    await Promise.all([pg?.stop(), redis?.stop()])
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })
  const connect = (wsUrl: string, room: string, token: string) => {
    const client = connectClient(wsUrl, room, token)
    clients.push(client)
    return client
  }

  it('three processes: clients on different instances converge, and kill -9 loses no accepted update', async () => {
    const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, HEAL_INTERVAL_MS: '500', ROOM_GRACE_MS: '200' }
    const start = () => {
      const dir = mkdtempSync(join(tmpdir(), 'jm-scale-'))
      dirs.push(dir)
      return startServerProcess(dir, env)
    }
    const instances: ServerProcess[] = await Promise.all([start(), start(), start()])
    try {
      const [a, b, c] = instances as [ServerProcess, ServerProcess, ServerProcess]
      const health = (await (await fetch(`${a.url}/api/health`)).json()) as Record<string, unknown>
      expect(health).toMatchObject({ ok: true, storage: 'reachable', bus: 'reachable' })

      const board = await createBoard(b.url, { title: 'Scale-out' })
      const onA = connect(a.wsUrl, board.id, board.tokens.editor)
      const onB = connect(b.wsUrl, board.id, board.tokens.editor)
      const onC = connect(c.wsUrl, board.id, board.tokens.editor)
      await Promise.all([onA.synced, onB.synced, onC.synced])
      noteOn(onA, 'from A', 'a')
      noteOn(onB, 'from B', 'b')
      noteOn(onC, 'from C', 'c')
      const all = ['from A', 'from B', 'from C']
      await eventually(
        () => {
          for (const client of [onA, onB, onC]) expect(texts(client)).toEqual(all)
        },
        { timeout: CONVERGE_MS },
      )

      // Writes accepted by B and seen on A survive B's kill -9 (checked from C, fresh).
      const trials = 5
      for (let i = 0; i < trials; i++) {
        const id = noteOn(onB, `B before kill ${i}`, 'b')
        await eventually(() => expect(notesOf(onA.doc).has(id)).toBe(true), { timeout: CONVERGE_MS })
      }
      await b.kill('SIGKILL')
      const fresh = connect(c.wsUrl, board.id, board.tokens.viewer)
      await fresh.synced
      for (let i = 0; i < trials; i++) expect(texts(fresh)).toContain(`B before kill ${i}`)
    } finally {
      await Promise.all(instances.map((instance) => instance.kill()))
    }
  })

  it('an instance that missed a pub/sub message heals by exchanging state vectors', async () => {
    const [storageA, storageB, busA, realBusB] = await Promise.all([
      openPostgresStorage(pg.url),
      openPostgresStorage(pg.url),
      openRedisBus(redis.url),
      openRedisBus(redis.url),
    ])
    let dropping = true
    let dropped = 0
    // B's real Redis subscription, with incoming updates discarded while `dropping` is set.
    const busB: Bus = {
      ...realBusB,
      instanceId: realBusB.instanceId,
      subscribe: (room, handler) =>
        realBusB.subscribe(room, (kind, payload, from) => {
          if (dropping && kind === BusKinds.update) {
            dropped++
            return
          }
          handler(kind, payload, from)
        }),
    }
    const limits = { healIntervalMs: 300 }
    const servers: TestServer[] = [
      await startInProcessServer({ storage: storageA, bus: busA, limits }),
      await startInProcessServer({ storage: storageB, bus: busB, limits }),
    ]
    try {
      const [a, b] = servers as [TestServer, TestServer]
      const board = await createBoard(a.url, { title: 'Healing' })
      const onA = connect(a.wsUrl, board.id, board.tokens.editor)
      const onB = connect(b.wsUrl, board.id, board.tokens.editor)
      await Promise.all([onA.synced, onB.synced])
      const id = noteOn(onA, 'sent while B was deaf', 'a')
      await eventually(() => expect(dropped).toBeGreaterThan(0), { timeout: CONVERGE_MS })
      dropping = false
      await eventually(() => expect(notesOf(onB.doc).has(id)).toBe(true), { timeout: CONVERGE_MS })
      expect(texts(onB)).toEqual(['sent while B was deaf'])
    } finally {
      for (const server of servers) await server.close()
    }
  })
})
