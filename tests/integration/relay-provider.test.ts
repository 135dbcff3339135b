import { RelayProvider } from '@jm/client/src/sync/RelayProvider.ts'
import { SavedTracker } from '@jm/client/src/sync/syncStatus.ts'
import { addNote, CloseCodes, LocalOrigin, readBoard } from '@jm/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { type CreatedBoard, createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

/** The client's own provider, as the app opens it (in Node, with the ws package as its WebSocket). */
function openProvider(server: TestServer, board: CreatedBoard, doc = new Y.Doc()): RelayProvider {
  return new RelayProvider(`${server.wsUrl}`, board.id, doc, {
    params: { token: board.tokens.editor },
    maxBackoffTime: 500,
    connect: true,
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
  })
}

const noteTexts = (doc: Y.Doc) =>
  readBoard(doc)
    .notes.map((note) => note.text)
    .sort()

function addNoteTo(doc: Y.Doc, text: string, actor: string): void {
  const { stages, lanes } = readBoard(doc)
  addNote(
    doc,
    { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '', author: actor, now: 1, text },
    new LocalOrigin(actor),
  )
}

describe("the client's relay provider, against the relay and the stock y-websocket client", () => {
  let server: TestServer
  const cleanups: Array<() => void> = []
  beforeEach(async () => {
    server = await startInProcessServer()
  })
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup()
    await server.close()
  })

  it('syncs both ways with a stock client, presence included, and learns when its changes are stored', async () => {
    const board = await createBoard(server.url)
    const stock: YClient = connectClient(server.wsUrl, board.id, board.tokens.editor)
    const provider = openProvider(server, board)
    cleanups.push(
      () => stock.destroy(),
      () => provider.destroy(),
    )
    const saved = new SavedTracker(provider.doc, provider)
    await stock.synced
    await eventually(() => expect(provider.synced).toBe(true))
    expect(readBoard(provider.doc).stages.length).toBeGreaterThan(0)

    addNoteTo(provider.doc, 'From our provider', 'ours')
    expect(saved.pending).toBe(1)
    addNoteTo(stock.doc, 'From the stock client', 'stock')
    const both = ['From our provider', 'From the stock client']
    await eventually(() => {
      expect(noteTexts(stock.doc)).toEqual(both)
      expect(noteTexts(provider.doc)).toEqual(both)
    })
    // The relay's "saved" acknowledgement (an auth message stock clients ignore) settles it.
    await eventually(() => expect(saved.pending).toBe(0))

    provider.awareness.setLocalStateField('user', { name: 'Ours' })
    stock.provider.awareness.setLocalStateField('user', { name: 'Stock' })
    await eventually(() => {
      expect(stock.provider.awareness.getStates().get(provider.doc.clientID)).toEqual({
        user: { name: 'Ours' },
      })
      expect(provider.awareness.getStates().get(stock.doc.clientID)).toEqual({ user: { name: 'Stock' } })
    })
    // Leaving tells the others at once rather than after presence times out.
    provider.disconnect()
    await eventually(() =>
      expect(stock.provider.awareness.getStates().has(provider.doc.clientID)).toBe(false),
    )
  })

  it('sends what was written while disconnected once it reconnects', async () => {
    const board = await createBoard(server.url)
    const stock = connectClient(server.wsUrl, board.id, board.tokens.editor)
    const provider = openProvider(server, board)
    cleanups.push(
      () => stock.destroy(),
      () => provider.destroy(),
    )
    await eventually(() => expect(provider.synced).toBe(true))
    provider.disconnect()
    await eventually(() => expect(provider.wsconnected).toBe(false))
    addNoteTo(provider.doc, 'Written offline', 'ours')
    provider.connect()
    await eventually(() => expect(noteTexts(stock.doc)).toEqual(['Written offline']))
  })

  it('stops at a close code retrying cannot help (the board was deleted) and says so', async () => {
    const board = await createBoard(server.url)
    const provider = openProvider(server, board)
    cleanups.push(() => provider.destroy())
    const closes: number[] = []
    provider.on('closed', (event) => closes.push(event.code))
    await eventually(() => expect(provider.synced).toBe(true))
    const response = await fetch(`${server.url}/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    expect(response.status).toBe(204)
    await eventually(() => expect(closes).toEqual([CloseCodes.Deleted.code]))
    expect(provider.wsconnected).toBe(false)
  })
})
