import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type CreatedBoard, createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { metricValue, scrape } from '../helpers/metrics.ts'
import { connectRaw, isSyncStep2, type RawClient, syncStep1Message } from '../helpers/rawClient.ts'
import { type ServerProcess, startServerProcess, UNLIMITED_RATES } from '../helpers/serverProcess.ts'

const CONNECTIONS = 2000
const BOARDS = 100
const MiB = 1024 * 1024
const GC_PRELOAD = fileURLToPath(new URL('../helpers/gcOnSignal.mjs', import.meta.url))

describe(`${CONNECTIONS} connections at once (real server process)`, () => {
  let dataDir = ''
  let server: ServerProcess
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'jm-load-'))
    server = await startServerProcess(
      dataDir,
      { ...UNLIMITED_RATES, MAX_CONNECTIONS_PER_ADDRESS: String(CONNECTIONS + 100), ROOM_GRACE_MS: '300' },
      ['--expose-gc', '--import', GC_PRELOAD],
    )
  })
  afterAll(async () => {
    await server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  /** Heap and RSS after a full collection in the server process. */
  async function memory(): Promise<{ heap: number; rss: number }> {
    const done = server.output().split('test-gc-done').length
    server.child.kill('SIGUSR2')
    await eventually(() => expect(server.output().split('test-gc-done').length).toBeGreaterThan(done), {
      timeout: 30_000,
    })
    const text = await scrape(server.url)
    return {
      heap: metricValue(text, 'nodejs_heap_size_used_bytes'),
      rss: metricValue(text, 'process_resident_memory_bytes'),
    }
  }

  it('serves all of them and returns the memory after they close', { timeout: 300_000 }, async () => {
    const boards: CreatedBoard[] = []
    for (let i = 0; i < BOARDS; i++) boards.push(await createBoard(server.url))
    // Warm up code paths once (first room load, first sync) so the baseline is not cold start.
    const warm = await connectRaw(server.wsUrl, boards[0]?.id ?? '', boards[0]?.tokens.viewer ?? '')
    warm.send(syncStep1Message(new Y.Doc()))
    await warm.next(isSyncStep2)
    warm.close()
    await eventually(async () => expect(metricValue(await scrape(server.url), 'jm_rooms')).toBe(0))
    const before = await memory()

    const started = performance.now()
    const empty = syncStep1Message(new Y.Doc())
    const sockets = await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, i): Promise<RawClient> => {
        const board = boards[i % BOARDS] as CreatedBoard
        const socket = await connectRaw(server.wsUrl, board.id, board.tokens.editor)
        socket.send(empty)
        await socket.next(isSyncStep2)
        return socket
      }),
    )
    const servedMs = performance.now() - started
    const open = await scrape(server.url)
    expect(metricValue(open, 'jm_connections')).toBe(CONNECTIONS)
    expect(metricValue(open, 'jm_rooms')).toBe(BOARDS)
    expect(metricValue(open, 'jm_rejections_total')).toBe(0)
    const peak = await memory()

    for (const socket of sockets) socket.close()
    await Promise.all(sockets.map((socket) => socket.closed))
    await eventually(
      async () => {
        const text = await scrape(server.url)
        expect(metricValue(text, 'jm_connections')).toBe(0)
        expect(metricValue(text, 'jm_rooms')).toBe(0)
      },
      { timeout: 30_000 },
    )
    const after = await memory()
    const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`
    console.info(
      `${CONNECTIONS} connections in ${BOARDS} rooms all synced in ${servedMs.toFixed(0)} ms; ` +
        `heap before ${mib(before.heap)}, open ${mib(peak.heap)}, after ${mib(after.heap)}; ` +
        `RSS before ${mib(before.rss)}, open ${mib(peak.rss)}, after ${mib(after.rss)}`,
    )
    expect(sockets).toHaveLength(CONNECTIONS)
    // The heap returns to its baseline (a few MiB of slack for JIT code and caches).
    expect(after.heap).toBeLessThan(before.heap + 4 * MiB)
    expect(peak.heap - before.heap).toBeGreaterThan(after.heap - before.heap)
  })
})
