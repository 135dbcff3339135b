import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addNote, CloseCodes, LocalOrigin, readBoard } from '@jm/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { metricValue } from '../helpers/metrics.ts'
import { connectRaw, syncUpdateMessage } from '../helpers/rawClient.ts'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess.ts'
import { connectClient, nextClose, type YClient } from '../helpers/yclient.ts'

describe('operations (real server process)', () => {
  let dataDir = ''
  let server: ServerProcess
  const clients: YClient[] = []
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'jm-ops-'))
    server = await startServerProcess(dataDir)
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('GET /metrics reports rooms, connections, traffic, persistence, refusals and process memory', async () => {
    const board = await createBoard(server.url)
    const writer = connectClient(server.wsUrl, board.id, board.tokens.editor)
    const reader = connectClient(server.wsUrl, board.id, board.tokens.viewer)
    clients.push(writer, reader)
    await Promise.all([writer.synced, reader.synced])
    const { stages, lanes } = readBoard(writer.doc)
    for (let i = 0; i < 5; i++) {
      addNote(
        writer.doc,
        { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '', author: 'w', now: i, text: `n${i}` },
        new LocalOrigin('w'),
      )
    }
    await eventually(() => expect(readBoard(reader.doc).notes).toHaveLength(5))
    const intruder = await connectRaw(server.wsUrl, board.id, 'v1.forged.token')
    expect((await intruder.closed).code).toBe(CloseCodes.Unauthorized.code)

    const response = await fetch(`${server.url}/metrics`)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    const text = await response.text()
    // The board's room, plus the control and tally rooms facilitation loads to enforce locks on writers.
    expect(metricValue(text, 'jm_rooms')).toBe(3)
    expect(metricValue(text, 'jm_connections')).toBe(2)
    expect(metricValue(text, 'jm_persisted_updates_total')).toBe(5)
    // Updates of one event-loop turn are stored in one commit: 5 updates take 1 to 5 commits.
    const commits = metricValue(text, 'jm_persist_seconds_count')
    expect(commits).toBeGreaterThanOrEqual(1)
    expect(commits).toBeLessThanOrEqual(5)
    expect(metricValue(text, 'jm_persist_seconds_bucket', { le: '+Inf' })).toBe(commits)
    expect(metricValue(text, 'jm_messages_in_total')).toBeGreaterThanOrEqual(5)
    expect(metricValue(text, 'jm_messages_out_total')).toBeGreaterThanOrEqual(5)
    expect(metricValue(text, 'jm_bytes_in_total')).toBeGreaterThan(0)
    expect(metricValue(text, 'jm_bytes_out_total')).toBeGreaterThan(0)
    expect(metricValue(text, 'jm_rejections_total', { reason: 'unauthorized' })).toBe(1)
    expect(metricValue(text, 'process_resident_memory_bytes')).toBeGreaterThan(0)
    expect(metricValue(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0)
    const refusedLines = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"event":"refused"'))
    expect(refusedLines).toHaveLength(1)
    expect(JSON.parse(refusedLines[0] ?? '{}')).toMatchObject({ level: 'warn', reason: 'unauthorized' })
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
  })

  it('SIGTERM stores everything clients sent before it, closes sockets with 1012 and exits 0', async () => {
    const board = await createBoard(server.url)
    const reader = connectClient(server.wsUrl, board.id, board.tokens.viewer)
    await reader.synced
    const readerClosed = nextClose(reader.provider)
    const writer = await connectRaw(server.wsUrl, board.id, board.tokens.editor)
    // The writer sends updates nonstop until the server's close frame reaches it. Everything it
    // sent before that (some of it after the server began shutting down) must be stored.
    const doc = new Y.Doc()
    const sent: string[] = []
    doc.on('update', (update: Uint8Array) => writer.send(syncUpdateMessage(update)))
    const writeUntilClosed = async () => {
      for (let i = 0; writer.ws.readyState === writer.ws.OPEN; i++) {
        doc.getMap('drain').set(`k${i}`, i)
        sent.push(`k${i}`)
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    const writing = writeUntilClosed()
    await eventually(() => expect(sent.length).toBeGreaterThan(50))
    const exited = server.kill('SIGTERM')
    expect(await writer.closed).toEqual(CloseCodes.ServerRestart)
    await writing
    expect(await readerClosed).toEqual(CloseCodes.ServerRestart)
    reader.destroy()
    expect(await exited).toBe(0)
    expect(server.output()).toContain('"event":"stopped"')

    server = await startServerProcess(dataDir)
    const fresh = connectClient(server.wsUrl, board.id, board.tokens.viewer)
    clients.push(fresh)
    await fresh.synced
    const stored = fresh.doc.getMap('drain')
    console.info(
      `SIGTERM drain: ${sent.length} updates sent before the close frame arrived, ${stored.size} stored`,
    )
    expect(sent.filter((key) => !stored.has(key))).toEqual([])
  })
})
