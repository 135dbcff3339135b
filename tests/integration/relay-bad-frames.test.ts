import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addNote, LocalOrigin, notesOf, readBoard } from '@jm/shared'
import * as prng from 'lib0/prng'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CreatedBoard, createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { metricValue, scrape } from '../helpers/metrics.ts'
import { frame, openRawSocket } from '../helpers/rawSocket.ts'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

const MiB = 1024 * 1024

/**
 * Broken websocket frames written by hand on a TCP socket. The ws library rejects frame-level
 * faults itself, closing with 1002 (protocol error) or 1009 (frame over maxPayload) before the
 * relay sees a message; the relay counts and logs those as `bad-frame`. Well-framed messages the
 * relay cannot use are closed with 4400.
 */
describe('malformed websocket frames (real server process, raw TCP)', () => {
  let dataDir = ''
  let server: ServerProcess
  let victim: CreatedBoard
  let target: CreatedBoard
  const clients: YClient[] = []
  /** Sockets the server closed for a fault (not for our end of the connection). */
  let refusedSockets = 0
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'jm-frames-'))
    server = await startServerProcess(dataDir, { MAX_MESSAGE_BYTES: String(MiB) })
    victim = await createBoard(server.url)
    target = await createBoard(server.url)
    const alice = connectClient(server.wsUrl, victim.id, victim.tokens.editor)
    const bob = connectClient(server.wsUrl, victim.id, victim.tokens.editor)
    clients.push(alice, bob)
    await Promise.all([alice.synced, bob.synced])
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  const path = () => `/sync/${target.id}?token=${target.tokens.editor}`
  const valid = new Uint8Array([3]) // query awareness: harmless, answered by the server

  it.each([
    ['RSV1 set without an extension', 1002, frame(valid, { rsv: 4 })],
    ['RSV2 and RSV3 set', 1002, frame(valid, { rsv: 3 })],
    ['reserved data opcode 0x3', 1002, frame(valid, { opcode: 3 })],
    ['reserved control opcode 0xB', 1002, frame(valid, { opcode: 0xb })],
    ['an unmasked client frame', 1002, frame(valid, { mask: false })],
    ['a fragmented control frame', 1002, frame(new Uint8Array(0), { opcode: 9, fin: false })],
    ['a length over maxPayload (2x the 1 MiB cap)', 1009, frame(valid, { declaredLength: 64 * MiB })],
    ['a text frame', 4400, frame(new TextEncoder().encode('hello'), { opcode: 1 })],
    ['an unknown message type', 4400, frame(new Uint8Array([7, 1, 2]))],
    ['a truncated varint', 4400, frame(new Uint8Array([0xff, 0xff]))],
  ])('%s closes that socket alone with %i', async (_name, code, bytes) => {
    const raw = await openRawSocket(server.port, path())
    raw.write(bytes)
    expect((await raw.closed)?.code).toBe(code)
    refusedSockets++
  })

  it('survives 100 runs of random bytes after the handshake', async () => {
    const gen = prng.create(0x5eed)
    const codes = new Map<string, number>()
    for (let i = 0; i < 100; i++) {
      const raw = await openRawSocket(server.port, path())
      raw.write(prng.uint8Array(gen, prng.int32(gen, 1, 300)))
      // Random bytes may announce a frame longer than what follows: end our side so it cannot wait.
      raw.socket.end()
      const closed = await raw.closed
      const key = String(closed?.code ?? 'eof')
      codes.set(key, (codes.get(key) ?? 0) + 1)
    }
    console.info('random-bytes outcomes', Object.fromEntries(codes))
    for (const code of codes.keys()) expect(['1002', '1009', '4400', 'eof']).toContain(code)
    refusedSockets += 100 - (codes.get('eof') ?? 0)
  })

  it('left the server serving, other rooms syncing and nothing of the target room stored', async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    const [alice, bob] = clients
    if (!alice || !bob) throw new Error('clients missing')
    const { stages, lanes } = readBoard(alice.doc)
    const noteId = addNote(
      alice.doc,
      { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '', author: 'a', now: 1, text: 'still here' },
      new LocalOrigin('alice'),
    )
    await eventually(() => expect(notesOf(bob.doc).has(noteId)).toBe(true))
    const text = await scrape(server.url)
    // Board creation stores outside the relay; through the relay only Alice's note was persisted.
    expect(metricValue(text, 'jm_persisted_updates_total')).toBe(1)
    const refusals = metricValue(text, 'jm_rejections_total')
    expect(refusals).toBe(refusedSockets)
    // Every refusal is counted and logged exactly once.
    const logged = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"event":"refused"')).length
    expect(logged).toBe(refusals)
  })
})
