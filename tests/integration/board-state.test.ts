import { addNote, LocalOrigin, readBoard } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { createBoard, fetchBoardState } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { connectRaw, isSyncStep2, syncStep1Message } from '../helpers/rawClient.ts'

const texts = (doc: Y.Doc) =>
  readBoard(doc)
    .notes.map((note) => note.text)
    .sort()

/** The update a sync step 2 message carries. */
function updateOf(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder)
  expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsSyncStep2)
  return decoding.readVarUint8Array(decoder)
}

describe('GET /api/boards/:id/state', () => {
  const server = useInProcessServer()

  it("serves every role the board's stored state, gzipped, and the relay then sends only what is newer", async () => {
    const board = await createBoard(server.url, { title: 'State over HTTP' })
    const writer = server.connect(board.id, board.tokens.editor)
    const reader = server.connect(board.id, board.tokens.viewer)
    await Promise.all([writer.synced, reader.synced])
    const { stages, lanes } = readBoard(writer.doc)
    const cell = { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '' }
    const origin = new LocalOrigin('writer')
    for (let i = 0; i < 200; i++)
      addNote(writer.doc, { ...cell, author: 'w', now: i, text: `note ${i}` }, origin)
    // Broadcast only once stored.
    await eventually(() => expect(readBoard(reader.doc).notes).toHaveLength(200))

    for (const token of Object.values(board.tokens)) {
      const state = await fetchBoardState(server.url, board.id, token)
      expect(readBoard(state).meta.title).toBe('State over HTTP')
      expect(texts(state)).toEqual(texts(writer.doc))
    }
    const raw = await fetch(`${server.url}/api/boards/${board.id}/state`, {
      headers: { authorization: `Bearer ${board.tokens.viewer}`, 'accept-encoding': 'gzip' },
    })
    expect(raw.headers.get('content-encoding')).toBe('gzip')
    expect(raw.headers.get('cache-control')).toBe('no-store')
    const full = Y.encodeStateAsUpdate(writer.doc).byteLength
    const zipped = Number(raw.headers.get('content-length'))
    expect(zipped).toBeGreaterThan(0)
    expect(zipped).toBeLessThan(full / 2)

    // A client holding the state asks the relay for the rest: one new note, not the board again.
    const state = await fetchBoardState(server.url, board.id, board.tokens.viewer)
    addNote(writer.doc, { ...cell, author: 'w', now: 999, text: 'after the fetch' }, origin)
    await eventually(() => expect(readBoard(reader.doc).notes).toHaveLength(201))
    const socket = await connectRaw(server.wsUrl, board.id, board.tokens.viewer)
    socket.send(syncStep1Message(state))
    const rest = updateOf(await socket.next(isSyncStep2))
    expect(rest.byteLength).toBeLessThan(full / 20)
    Y.applyUpdate(state, rest)
    expect(texts(state)).toEqual(texts(writer.doc))
    socket.close()
    // Fetched again, the state holds the newer note too.
    expect(texts(await fetchBoardState(server.url, board.id, board.tokens.editor))).toEqual(texts(writer.doc))
  })

  it('refuses without a valid token for that board', async () => {
    const board = await createBoard(server.url)
    const other = await createBoard(server.url)
    const ask = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/boards/${board.id}/state`, { headers })
    expect((await ask({})).status).toBe(401)
    expect((await ask({ authorization: `Bearer ${other.tokens.facilitator}` })).status).toBe(401)
    expect((await ask({ authorization: 'Bearer nonsense' })).status).toBe(401)
  })
})
