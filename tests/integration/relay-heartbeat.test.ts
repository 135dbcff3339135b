import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type WebSocket from 'ws'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { metricValue, scrape } from '../helpers/metrics.ts'
import { openRawSocket } from '../helpers/rawSocket.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

describe('heartbeat', () => {
  let server: TestServer
  const clients: YClient[] = []
  beforeEach(async () => {
    server = await startInProcessServer({ limits: { heartbeatMs: 100 } })
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  it('cuts off a peer that stopped answering pings, and only that one; its room then unloads', async () => {
    const board = await createBoard(server.url)
    const vanished = await openRawSocket(
      Number(new URL(server.url).port),
      `/sync/${board.id}?token=${board.tokens.viewer}`,
    )
    // A peer gone without closing (half-open TCP): it never reads, so it never answers a ping.
    vanished.socket.pause()
    const other = await createBoard(server.url)
    const alive = connectClient(server.wsUrl, other.id, other.tokens.viewer)
    clients.push(alive)
    await alive.synced

    await eventually(async () => {
      const text = await scrape(server.url)
      expect(metricValue(text, 'jm_rejections_total', { reason: 'no-pong' })).toBe(1)
      expect(metricValue(text, 'jm_connections')).toBe(1)
    })
    await eventually(() => expect(server.built.rooms.get(board.id)).toBeUndefined())
    // The stock client answers pings on its own: still connected after five more of them.
    const socket = alive.provider.ws as unknown as WebSocket
    let pings = 0
    socket.on('ping', () => pings++)
    await eventually(() => expect(pings).toBeGreaterThanOrEqual(5))
    expect(alive.provider.wsconnected).toBe(true)
    expect(metricValue(await scrape(server.url), 'jm_rejections_total')).toBe(1)
  })
})
