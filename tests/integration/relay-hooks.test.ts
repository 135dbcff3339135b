import { join } from 'node:path'
import { openSqliteStorage, type UpdateContext } from '@jm/server'
import { CloseCodes, ServerOrigin } from '@jm/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { connectClient, nextClose, type YClient } from '../helpers/yclient.ts'

/** A trivial guard: nobody but the server may touch the control room's root map "locked". */
function touchesLockedMap({ decoded }: UpdateContext) {
  const touches = decoded.structs.some(
    (struct) => struct instanceof Y.Item && (struct.parent as unknown) === 'locked',
  )
  return touches ? { refuse: 'this part is locked' } : null
}

describe('room hooks let server code guard and write rooms', () => {
  let server: TestServer
  const seen: string[] = []
  const clients: YClient[] = []
  beforeEach(async () => {
    seen.length = 0
    server = await startInProcessServer({
      roomHooks: {
        control: {
          guard: touchesLockedMap,
          afterUpdate: ({ room, claims }) => void seen.push(`${room} by ${claims.role}`),
        },
      },
    })
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  it('a guard vetoes an update before it reaches the document, the store or other clients', async () => {
    const board = await createBoard(server.url)
    const room = `${board.id}.control`
    const facilitator = connectClient(server.wsUrl, room, board.tokens.facilitator)
    const other = connectClient(server.wsUrl, room, board.tokens.viewer)
    clients.push(facilitator, other)
    await Promise.all([facilitator.synced, other.synced])

    facilitator.doc.getMap('timer').set('seconds', 300)
    await eventually(() => expect(other.doc.getMap('timer').get('seconds')).toBe(300))
    expect(seen).toEqual([`${room} by facilitator`])

    const closing = nextClose(facilitator.provider)
    facilitator.doc.getMap('locked').set('stage-1', true)
    expect(await closing).toEqual({ code: CloseCodes.Forbidden.code, reason: 'this part is locked' })
    const loaded = server.built.rooms.get(room)
    expect(loaded?.doc.getMap('locked').size).toBe(0)
    expect(other.doc.getMap('locked').size).toBe(0)
    expect(seen).toHaveLength(1)
    await loaded?.settled()
    const stored = await storedDoc(server, room)
    expect(stored.getMap('locked').size).toBe(0)
    expect(stored.getMap('timer').get('seconds')).toBe(300)
  })

  it('server code writes to a room: stored, and sent to connected readers', async () => {
    const board = await createBoard(server.url)
    const room = `${board.id}.control`
    // Written while nobody is connected: the room is loaded for the write and unloaded later.
    await server.built.rooms.change(room, (doc) => doc.getMap('locked').set('stage-1', true), ORIGIN)
    const viewer = connectClient(server.wsUrl, room, board.tokens.viewer)
    clients.push(viewer)
    await viewer.synced
    expect(viewer.doc.getMap('locked').get('stage-1')).toBe(true)

    await server.built.rooms.change(room, (doc) => doc.getMap('tally').set('note-1', 3), ORIGIN)
    await eventually(() => expect(viewer.doc.getMap('tally').get('note-1')).toBe(3))
    expect((await storedDoc(server, room)).getMap('tally').get('note-1')).toBe(3)
    // A throwing write reports its error, and what it changed before throwing is still stored.
    await expect(
      server.built.rooms.change(
        room,
        (doc) => {
          doc.getMap('tally').set('note-2', 1)
          throw new Error('tally bug')
        },
        ORIGIN,
      ),
    ).rejects.toThrow('tally bug')
    expect((await storedDoc(server, room)).getMap('tally').get('note-2')).toBe(1)
  })
})

const ORIGIN = new ServerOrigin('test')

/** The room as stored in the server's SQLite file, read through a second connection. */
async function storedDoc(server: TestServer, room: string): Promise<Y.Doc> {
  const storage = openSqliteStorage(join(server.dataDir, 'boards.sqlite'))
  const stored = await storage.load(room)
  await storage.close()
  const doc = new Y.Doc()
  if (stored.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored.updates))
  return doc
}
