import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addNote, LocalOrigin, readBoard } from '@jm/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBoard, fetchBoardState } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

describe('a board survives a server restart', () => {
  let dataDir = ''
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'jm-restart-'))
  })
  const processes: ServerProcess[] = []
  const clients: YClient[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const proc of processes.splice(0)) await proc.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'after %s the first sync already holds every note',
    async (signal) => {
      const first = await startServerProcess(dataDir)
      processes.push(first)
      const board = await createBoard(first.url, { title: `restart ${signal}` })
      const writer = connectClient(first.wsUrl, board.id, board.tokens.editor)
      const reader = connectClient(first.wsUrl, board.id, board.tokens.viewer)
      clients.push(writer, reader)
      await Promise.all([writer.synced, reader.synced])
      const { stages, lanes } = readBoard(writer.doc)
      const origin = new LocalOrigin('writer')
      for (let i = 0; i < 20; i++) {
        const stageId = stages[i % stages.length]?.id ?? ''
        const laneId = lanes[i % lanes.length]?.id ?? ''
        addNote(writer.doc, { stageId, laneId, author: 'w', now: i, text: `note ${i}` }, origin)
      }
      // The reader has received every note, so each one was stored before it was broadcast.
      await eventually(() => expect(readBoard(reader.doc).notes).toHaveLength(20))
      await first.kill(signal)
      for (const client of clients.splice(0)) client.destroy()

      const second = await startServerProcess(dataDir)
      processes.push(second)
      // Asked before any socket has loaded the room: the stored state, never an empty document.
      const fetched = await fetchBoardState(second.url, board.id, board.tokens.viewer)
      expect(readBoard(fetched).notes).toHaveLength(20)
      const fresh = connectClient(second.wsUrl, board.id, board.tokens.viewer)
      clients.push(fresh)
      await fresh.synced
      const view = readBoard(fresh.doc)
      expect(view.meta.title).toBe(`restart ${signal}`)
      expect(view.notes.map((note) => note.text).sort()).toEqual(
        Array.from({ length: 20 }, (_, i) => `note ${i}`).sort(),
      )
    },
  )
})
