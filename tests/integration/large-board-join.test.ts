import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { metricValue, scrape } from '../helpers/metrics.ts'
import {
  awarenessFor,
  bigUpdate,
  connectRaw,
  isAwareness,
  isSyncStep2,
  syncStep1Message,
  syncUpdateMessage,
} from '../helpers/rawClient.ts'
import { frame, openRawSocket } from '../helpers/rawSocket.ts'

const KiB = 1024
const MiB = 1024 * KiB

describe('joining a board larger than the slow-reader cap', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startInProcessServer({
      limits: { maxBufferedBytes: 256 * KiB, maxMessageBytes: 5 * MiB, maxDocBytes: 32 * MiB },
    })
  })
  afterAll(() => server.close())

  it('lets the join reply drain, even while others keep talking, then holds the reader to the cap again', async () => {
    const board = await createBoard(server.url)
    const writer = await connectRaw(server.wsUrl, board.id, board.tokens.editor)
    const persisted = async () => metricValue(await scrape(server.url), 'jm_persisted_updates_total')
    const before = await persisted()
    for (let part = 0; part < 4; part++) writer.send(syncUpdateMessage(bigUpdate(4 * MiB, `part-${part}`)))
    await eventually(async () => expect(await persisted()).toBe(before + 4), { timeout: 20_000 })

    // A reader on a slow line: 16 MiB to receive, far more than the kernel's buffers take at once.
    const slow = await openRawSocket(
      Number(new URL(server.url).port),
      `/sync/${board.id}?token=${board.tokens.viewer}`,
    )
    slow.socket.pause()
    const bytesOut = async () => metricValue(await scrape(server.url), 'jm_bytes_out_total')
    const sentBefore = await bytesOut()
    slow.write(frame(syncStep1Message(new Y.Doc())))
    await eventually(async () => expect(await bytesOut()).toBeGreaterThan(sentBefore + 16 * MiB))

    // Someone moves their cursor while the reply is still on its way.
    const watcher = await connectRaw(server.wsUrl, board.id, board.tokens.viewer)
    writer.send(awarenessFor(4242, 1, { user: { name: 'Ada' } }))
    await watcher.next((message) => isAwareness(message) && message.byteLength > 10)
    expect(metricValue(await scrape(server.url), 'jm_rejections_total', { reason: 'slow-reader' })).toBe(0)

    slow.socket.resume()
    await eventually(() => expect(slow.received.some(isSyncStep2)).toBe(true), { timeout: 20_000 })
    const reply = slow.received.find(isSyncStep2)
    expect(reply?.byteLength).toBeGreaterThan(16 * MiB)
    await eventually(() => expect(slow.received.some(isAwareness)).toBe(true))

    // Once the reply has drained, the ordinary cap applies again.
    slow.socket.pause()
    const filler = 'y'.repeat(200 * KiB)
    let clock = 1
    await eventually(
      async () => {
        for (let i = 0; i < 5; i++) writer.send(awarenessFor(4242, ++clock, { filler }))
        const text = await scrape(server.url)
        expect(metricValue(text, 'jm_rejections_total', { reason: 'slow-reader' })).toBe(1)
      },
      { timeout: 60_000, interval: 50 },
    )
    writer.close()
    watcher.close()
    slow.socket.destroy()
  })
})
