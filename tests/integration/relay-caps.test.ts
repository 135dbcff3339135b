import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CloseCodes } from '@jm/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { metricValue, scrape } from '../helpers/metrics.ts'
import {
  awarenessFor,
  bigUpdate,
  connectRaw,
  isSyncStep2,
  type RawClient,
  syncStep1Message,
  syncUpdateMessage,
} from '../helpers/rawClient.ts'
import { openRawSocket } from '../helpers/rawSocket.ts'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess.ts'

const KiB = 1024

describe('caps (real server process with small caps)', () => {
  let dataDir = ''
  let server: ServerProcess
  const sockets: RawClient[] = []
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'jm-caps-'))
    server = await startServerProcess(dataDir, {
      MAX_MESSAGE_BYTES: String(256 * KiB),
      MAX_DOC_BYTES: String(1024 * KiB),
      MAX_BUFFERED_BYTES: String(256 * KiB),
      MAX_CONNECTIONS_PER_ROOM: '3',
      MAX_CONNECTIONS_PER_ADDRESS: '8',
    })
  })
  afterAll(async () => {
    for (const socket of sockets.splice(0)) socket.close()
    await server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })
  const persisted = async () => metricValue(await scrape(server.url), 'jm_persisted_updates_total')
  async function open(room: string, token: string): Promise<RawClient> {
    const client = await connectRaw(server.wsUrl, room, token)
    sockets.push(client)
    return client
  }

  it('refuses an update over the message cap with 4413; nobody receives it, nothing is stored', async () => {
    const board = await createBoard(server.url)
    const reader = await open(board.id, board.tokens.viewer)
    const writer = await open(board.id, board.tokens.editor)
    const before = await persisted()
    writer.send(syncUpdateMessage(bigUpdate(300 * KiB)))
    expect(await writer.closed).toEqual({ code: 4413, reason: CloseCodes.TooLarge.reason })
    expect(await persisted()).toBe(before)
    const check = new Y.Doc()
    reader.send(syncStep1Message(check))
    const reply = await reader.next(isSyncStep2)
    expect(reply.byteLength).toBeLessThan(64 * KiB)
    reader.close()
  })

  it('refuses the update that would take a board over the document cap with 4413', async () => {
    const board = await createBoard(server.url)
    const writer = await open(board.id, board.tokens.editor)
    const before = await persisted()
    let accepted = 0
    for (let i = 0; i < 10; i++) {
      writer.send(syncUpdateMessage(bigUpdate(250 * KiB, `part-${i}`)))
      const outcome = await Promise.race([
        writer.closed,
        eventually(async () => expect(await persisted()).toBe(before + accepted + 1)).then(() => null),
      ])
      if (outcome) {
        expect(outcome).toEqual({ code: 4413, reason: 'the board is over its size cap' })
        break
      }
      accepted++
    }
    // The template board plus four 250 KiB parts fit under 1 MiB; the fifth does not.
    expect(accepted).toBe(4)
    expect(await persisted()).toBe(before + 4)
  })

  it('closes a reader that stops reading with 1013 once its unsent data passes the cap', async () => {
    const board = await createBoard(server.url)
    const slow = await openRawSocket(server.port, `/sync/${board.id}?token=${board.tokens.viewer}`)
    slow.socket.pause()
    const writer = await open(board.id, board.tokens.editor)
    // Awareness is relayed to every reader but not stored: it fills the slow reader's buffers
    // without growing the board.
    const filler = 'y'.repeat(200 * KiB)
    let sent = 0
    await eventually(
      async () => {
        for (let i = 0; i < 5; i++) writer.send(awarenessFor(31337, ++sent, { filler }))
        const text = await scrape(server.url)
        expect(metricValue(text, 'jm_rejections_total', { reason: 'slow-reader' })).toBe(1)
      },
      { timeout: 60_000, interval: 50 },
    )
    console.info(`slow reader closed after ${sent} messages of 200 KiB`)
    slow.socket.resume()
    expect(await slow.closed).toEqual(CloseCodes.SlowReader)
    expect(writer.ws.readyState).toBe(writer.ws.OPEN)
    writer.close()
  })

  it('caps connections per room (4503) and per address (4529), codes the stock client retries later', async () => {
    const first = await createBoard(server.url)
    for (let i = 0; i < 3; i++) await open(first.id, first.tokens.viewer)
    const fourth = await connectRaw(server.wsUrl, first.id, first.tokens.viewer)
    expect(await fourth.closed).toEqual(CloseCodes.RoomFull)

    const [second, third] = await Promise.all([1, 2].map(() => createBoard(server.url)))
    if (!second || !third) throw new Error('boards missing')
    for (let i = 0; i < 3; i++) await open(second.id, second.tokens.viewer)
    for (let i = 0; i < 2; i++) await open(third.id, third.tokens.viewer)
    // Eight sockets are open from 127.0.0.1: a ninth is one too many, whatever the room.
    const ninth = await connectRaw(server.wsUrl, third.id, third.tokens.viewer)
    expect(await ninth.closed).toEqual(CloseCodes.TooManyFromAddress)
    const text = await scrape(server.url)
    expect(metricValue(text, 'jm_rejections_total', { reason: 'room-full' })).toBe(1)
    expect(metricValue(text, 'jm_rejections_total', { reason: 'address-full' })).toBe(1)
  })
})
