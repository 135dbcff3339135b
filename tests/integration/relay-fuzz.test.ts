import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addNote, editNoteText, LocalOrigin, readBoard, ServerOrigin } from '@jm/shared'
import { initBoard } from '@jm/shared/templates'
import * as prng from 'lib0/prng'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { metricValue, scrape } from '../helpers/metrics.ts'
import {
  awarenessFor,
  connectRaw,
  isAwareness,
  queryAwarenessMessage,
  type RawClient,
  syncStep1Message,
  syncUpdateMessage,
} from '../helpers/rawClient.ts'
import { type ServerProcess, startServerProcess, UNLIMITED_RATES } from '../helpers/serverProcess.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

const SEED = 20261123
const MESSAGES = 1000

/** Real protocol messages of an editing session: the seeds the fuzzer mutates. */
function corpus(): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  initBoard(doc, { title: 'fuzz', locale: 'en', now: 1 }, new ServerOrigin('fuzz'))
  const { stages, lanes } = readBoard(doc)
  const origin = new LocalOrigin('fuzzer')
  const noteId = addNote(
    doc,
    { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '', author: 'f', now: 2, text: 'seed' },
    origin,
  )
  editNoteText(doc, { noteId, index: 4, deleteCount: 0, insert: ' text', now: 3 }, origin)
  return [
    syncStep1Message(doc),
    syncStep1Message(new Y.Doc()),
    ...updates.map(syncUpdateMessage),
    awarenessFor(4242, 1, { user: { name: 'fuzzer', color: '#f00' }, cursor: { x: 1, y: 2 } }),
    queryAwarenessMessage(),
    new Uint8Array([2, 0]),
  ]
}

/** One seeded mutation: bit flips, byte overwrites, truncation, extension, splicing or pure noise. */
function mutate(gen: prng.PRNG, seed: Uint8Array): Uint8Array {
  const bytes = seed.slice()
  switch (prng.int32(gen, 0, 5)) {
    case 0:
      for (let i = prng.int32(gen, 1, 3); i > 0; i--) {
        const at = prng.int32(gen, 0, bytes.length - 1)
        bytes[at] = (bytes[at] ?? 0) ^ (1 << prng.int32(gen, 0, 7))
      }
      return bytes
    case 1:
      bytes[prng.int32(gen, 0, bytes.length - 1)] = prng.int32(gen, 0, 255)
      return bytes
    case 2:
      return bytes.subarray(0, prng.int32(gen, 0, bytes.length - 1))
    case 3:
      return new Uint8Array([...bytes, ...prng.uint8Array(gen, prng.int32(gen, 1, 16))])
    case 4: {
      const at = prng.int32(gen, 0, bytes.length)
      const noise = prng.uint8Array(gen, prng.int32(gen, 1, 8))
      return new Uint8Array([...bytes.subarray(0, at), ...noise, ...bytes.subarray(at)])
    }
    default:
      return prng.uint8Array(gen, prng.int32(gen, 1, 64))
  }
}

describe(`${MESSAGES} fuzzed sync and awareness messages (seed ${SEED}, real server process)`, () => {
  let dataDir = ''
  let server: ServerProcess
  const clients: YClient[] = []
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'jm-fuzz-'))
    server = await startServerProcess(dataDir, UNLIMITED_RATES)
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('close only the offending sockets, leave other rooms alone and store only what was applied', {
    timeout: 180_000,
  }, async () => {
    const victim = await createBoard(server.url, { title: 'victim' })
    const target = await createBoard(server.url, { title: 'target' })
    const alice = connectClient(server.wsUrl, victim.id, victim.tokens.editor)
    const bob = connectClient(server.wsUrl, victim.id, victim.tokens.viewer)
    clients.push(alice, bob)
    await Promise.all([alice.synced, bob.synced])
    const victimBefore = Y.encodeStateVector(bob.doc)

    const gen = prng.create(SEED)
    const seeds = corpus()
    const outcomes = new Map<string, number>()
    let fuzzer: RawClient | null = null
    for (let i = 0; i < MESSAGES; i++) {
      fuzzer ??= await connectRaw(server.wsUrl, target.id, target.tokens.editor)
      const socket: RawClient = fuzzer
      const answered = socket.received.filter(isAwareness).length
      socket.send(mutate(gen, prng.oneOf(gen, seeds)))
      // The room handles messages in order: once the probe is answered, the fuzz message was handled.
      socket.send(queryAwarenessMessage())
      const outcome = await Promise.race([
        socket.closed.then(({ code }) => String(code)),
        socket.next(() => socket.received.filter(isAwareness).length > answered).then(() => 'handled'),
      ])
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
      if (outcome !== 'handled') fuzzer = null
    }
    fuzzer?.close()
    console.info('fuzz outcomes', Object.fromEntries(outcomes))
    for (const outcome of outcomes.keys()) expect(['handled', '4400', '4403', '4413']).toContain(outcome)

    // Alive, and the other room neither changed nor stopped syncing.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    expect(Y.encodeStateVector(bob.doc)).toEqual(victimBefore)
    alice.doc.getMap('meta').set('title', 'victim, edited after the fuzz')
    await eventually(() => expect(readBoard(bob.doc).meta.title).toBe('victim, edited after the fuzz'))

    // Each refused socket was counted once and logged once.
    const text = await scrape(server.url)
    const refused = [...outcomes].filter(([key]) => key !== 'handled').reduce((sum, [, n]) => sum + n, 0)
    expect(metricValue(text, 'jm_rejections_total')).toBe(refused)
    const logged = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"event":"refused"')).length
    expect(logged).toBe(refused)

    // What the server holds of the target room is exactly what it stored: after kill -9 and a
    // restart, the room loads to the same state, and the board still reads.
    const watcher = connectClient(server.wsUrl, target.id, target.tokens.viewer)
    clients.push(watcher)
    await watcher.synced
    const served = Y.encodeStateVector(watcher.doc)
    await server.kill('SIGKILL')
    server = await startServerProcess(dataDir, UNLIMITED_RATES)
    const reloaded = connectClient(server.wsUrl, target.id, target.tokens.viewer)
    clients.push(reloaded)
    await reloaded.synced
    expect(Y.encodeStateVector(reloaded.doc)).toEqual(served)
    // Applied fuzz may include the corpus's own valid board edits (an editor may make them), but the
    // board must still read: stages and lanes from the template are all there.
    const board = readBoard(reloaded.doc)
    expect(board.stages.length).toBeGreaterThanOrEqual(readBoard(watcher.doc).stages.length)
    expect(board.stages.length).toBeGreaterThan(0)
  })
})
