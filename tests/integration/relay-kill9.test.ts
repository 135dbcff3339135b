import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { addNote, LocalOrigin, readBoard } from '@jm/shared'
import * as prng from 'lib0/prng'
import { afterAll, describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

const TRIALS = 20
const SEED = 9

const noteTexts = (client: YClient) => readBoard(client.doc).notes.map((note) => note.text)

/**
 * A writer types notes continuously; a viewer receives them. At a random moment after the viewer
 * received a write, the server gets SIGKILL. Everything the viewer ever received must be in the
 * first sync after the restart: the relay stores before it broadcasts.
 */
describe(`kill -9 at random moments (${TRIALS} trials, seed ${SEED}, real server processes)`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jm-kill9-'))
  let server: ServerProcess | null = null
  afterAll(async () => {
    await server?.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('loses nothing any peer received', { timeout: 600_000 }, async () => {
    const gen = prng.create(SEED)
    server = await startServerProcess(dataDir)
    const board = await createBoard(server.url, { title: 'kill -9' })
    const received = new Set<string>()
    const losses: string[] = []
    const delays: number[] = []
    for (let trial = 0; trial < TRIALS; trial++) {
      const live: ServerProcess = server
      const writer = connectClient(live.wsUrl, board.id, board.tokens.editor)
      const reader = connectClient(live.wsUrl, board.id, board.tokens.viewer)
      await Promise.all([writer.synced, reader.synced])
      const { stages, lanes } = readBoard(writer.doc)
      const origin = new LocalOrigin('writer')
      let n = 0
      const typing = setInterval(() => {
        addNote(
          writer.doc,
          {
            stageId: stages[n % stages.length]?.id ?? '',
            laneId: lanes[n % lanes.length]?.id ?? '',
            author: 'w',
            now: n,
            text: `t${trial}-n${n++}`,
          },
          origin,
        )
      }, 2)
      const mine = () => noteTexts(reader).filter((text) => text.startsWith(`t${trial}-`)).length
      const threshold = prng.int32(gen, 1, 20)
      await eventually(() => expect(mine()).toBeGreaterThanOrEqual(threshold), { timeout: 30_000 })
      const wait = prng.int32(gen, 0, 40)
      delays.push(wait)
      await delay(wait) // the random moment under test, not a wait for an event
      await live.kill('SIGKILL')
      clearInterval(typing)
      // Nothing may be resent from the clients: only what the server stored counts.
      writer.destroy()
      reader.provider.destroy()
      for (const text of noteTexts(reader)) received.add(text)
      reader.doc.destroy()

      server = await startServerProcess(dataDir)
      const checker = connectClient(server.wsUrl, board.id, board.tokens.viewer)
      await checker.synced
      const stored = new Set(noteTexts(checker))
      checker.destroy()
      for (const text of received) if (!stored.has(text)) losses.push(text)
    }
    console.info(
      `kill -9: ${TRIALS} trials, ${received.size} notes received by the peer, ${losses.length} lost; ` +
        `delays after receipt (ms): ${delays.join(',')}`,
    )
    expect(losses).toEqual([])
    expect(received.size).toBeGreaterThanOrEqual(TRIALS)
  })
})
