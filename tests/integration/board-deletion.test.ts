import { join } from 'node:path'
import { openSqliteStorage, type Storage, TokenSigner } from '@jm/server'
import { addNote, CloseCodes, LocalOrigin, readBoard } from '@jm/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type CreatedBoard, createBoard, joinBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { startInProcessServer, TEST_SECRET, type TestServer } from '../helpers/inProcessServer.ts'
import { connectClient, nextClose, type YClient } from '../helpers/yclient.ts'

const deleteBoard = (server: TestServer, board: string, token?: string) =>
  fetch(`${server.url}/api/boards/${board}`, {
    method: 'DELETE',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })

describe('deleting a board', () => {
  let server: TestServer
  let storage: Storage
  const clients: YClient[] = []
  beforeEach(async () => {
    server = await startInProcessServer()
    // A second connection to the same SQLite file, to look at what is stored.
    storage = openSqliteStorage(join(server.dataDir, 'boards.sqlite'))
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await storage.close()
    await server.close()
  })

  const connect = (room: string, token: string) => {
    const client = connectClient(server.wsUrl, room, token)
    clients.push(client)
    return client
  }

  /** A board with something stored in its content, control and ballot rooms, and clients on each. */
  async function populatedBoard(title: string) {
    const board = await createBoard(server.url, { title })
    const token = await joinBoard(server.url, board.id, board.tokens.editor, 'Ann')
    const ann = { token, participant: new TokenSigner(TEST_SECRET).verify(token)?.participant ?? '' }
    const content = connect(board.id, ann.token)
    const control = connect(`${board.id}.control`, board.tokens.facilitator)
    const ballot = connect(`${board.id}.ballot.${ann.participant}`, ann.token)
    await Promise.all([content.synced, control.synced, ballot.synced])
    const view = readBoard(content.doc)
    addNote(
      content.doc,
      {
        stageId: view.stages[0]?.id ?? '',
        laneId: view.lanes[0]?.id ?? '',
        author: 'ann',
        now: 1,
        text: 'Churn',
      },
      new LocalOrigin('ann'),
    )
    control.doc.getMap('timer').set('endsAt', 123)
    ballot.doc.getMap('votes').set('note-1', 2)
    const rooms = [board.id, `${board.id}.control`, `${board.id}.ballot.${ann.participant}`]
    await eventually(async () => {
      for (const room of rooms) expect((await storage.load(room)).updates.length).toBeGreaterThan(0)
    })
    const saved = await fetch(`${server.url}/api/boards/${board.id}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
      body: JSON.stringify({ name: 'after workshop 1' }),
    })
    expect(saved.status).toBe(201)
    expect(await storage.listVersions(board.id)).toHaveLength(1)
    return { board, ann, rooms, content, control, ballot }
  }

  it('is refused without a token (401) and for editors and viewers (403), and then nothing changes', async () => {
    const { board, rooms } = await populatedBoard('Kept')
    expect((await deleteBoard(server, board.id)).status).toBe(401)
    expect((await deleteBoard(server, board.id, board.tokens.editor)).status).toBe(403)
    expect((await deleteBoard(server, board.id, board.tokens.viewer)).status).toBe(403)
    expect((await deleteBoard(server, 'other-board', board.tokens.facilitator)).status).toBe(401)
    expect(await storage.getBoard(board.id)).not.toBeNull()
    for (const room of rooms) expect((await storage.load(room)).updates.length).toBeGreaterThan(0)
  })

  it('removes every room of the board from storage, closes its sockets, and its tokens stop working', async () => {
    const doomed = await populatedBoard('Doomed')
    const kept = await populatedBoard('Kept')
    // The ballot's only client leaves and its room unloads: deletion must reach stored-only rooms too.
    doomed.ballot.destroy()
    // (Content and control stay loaded with their clients; facilitation also holds the server-only tally room.)
    await eventually(() =>
      expect(server.built.rooms.roomsOfBoard(doomed.board.id).map((room) => room.kind)).not.toContain(
        'ballot',
      ),
    )
    const closes = [doomed.content, doomed.control].map((client) => nextClose(client.provider))

    const response = await deleteBoard(server, doomed.board.id, doomed.board.tokens.facilitator)
    expect(response.status).toBe(204)

    for (const close of await Promise.all(closes)) expect(close).toEqual(CloseCodes.Deleted)
    expect(server.built.rooms.roomsOfBoard(doomed.board.id)).toEqual([])
    expect(await storage.getBoard(doomed.board.id)).toBeNull()
    expect(await storage.listVersions(doomed.board.id)).toEqual([])
    expect(await storage.listVersions(kept.board.id)).toHaveLength(1)
    for (const room of doomed.rooms) expect(await storage.load(room)).toMatchObject({ updates: [], bytes: 0 })
    for (const room of kept.rooms) expect((await storage.load(room)).updates.length).toBeGreaterThan(0)

    await expectTokensRefused(server, doomed.board, doomed.ann.token)
    // The other board is untouched and still live.
    expect([kept.content, kept.control, kept.ballot].every((client) => client.provider.wsconnected)).toBe(
      true,
    )
    expect(await storage.getBoard(kept.board.id)).not.toBeNull()
  })
})

async function expectTokensRefused(server: TestServer, board: CreatedBoard, participantToken: string) {
  for (const token of [...Object.values(board.tokens), participantToken]) {
    const join = await fetch(`${server.url}/api/boards/${board.id}/join`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: '{"name": "Late"}',
    })
    expect(join.status).toBe(410)
  }
  expect((await deleteBoard(server, board.id, board.tokens.facilitator)).status).toBe(410)
  const late = connectClient(server.wsUrl, board.id, participantToken)
  expect(await nextClose(late.provider)).toEqual(CloseCodes.Deleted)
  late.destroy()
}

describe('rows a deleted board left behind', () => {
  it('are swept: what an instance that heard of the deletion late stored, and nothing of other boards', async () => {
    const server = await startInProcessServer({ orphanSweepMs: 100 })
    const storage = openSqliteStorage(join(server.dataDir, 'boards.sqlite'))
    try {
      const [gone, kept] = [await createBoard(server.url), await createBoard(server.url)]
      expect((await deleteBoard(server, gone.id, gone.tokens.facilitator)).status).toBe(204)
      // Another instance's batch, in flight when the deletion reached it.
      const late = Y.encodeStateAsUpdate(new Y.Doc({ gc: false }))
      await storage.append(gone.id, late)
      await storage.append(`${gone.id}.control`, late)
      await eventually(async () => {
        expect((await storage.load(gone.id)).updates).toHaveLength(0)
        expect((await storage.load(`${gone.id}.control`)).updates).toHaveLength(0)
      })
      expect((await storage.load(kept.id)).updates.length).toBeGreaterThan(0)
    } finally {
      await storage.close()
      await server.close()
    }
  })
})
