import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBoard } from '../helpers/boards.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { connectClient, nextClose, type YClient } from '../helpers/yclient.ts'

/** The canvas lives in `<board>.canvas`, a room of its own with the content room's write rules. */
describe('the canvas room through the relay', () => {
  let server: TestServer
  const clients: YClient[] = []
  beforeEach(async () => {
    server = await startInProcessServer()
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  it("carries an editor's records to a viewer, stays out of the board room, and refuses the viewer's write", async () => {
    const board = await createBoard(server.url, { title: 'Canvas rules' })
    const room = `${board.id}.canvas`
    const editor = connectClient(server.wsUrl, room, board.tokens.editor)
    const viewer = connectClient(server.wsUrl, room, board.tokens.viewer)
    const map = connectClient(server.wsUrl, board.id, board.tokens.editor)
    clients.push(editor, viewer, map)
    await Promise.all([editor.synced, viewer.synced, map.synced])

    editor.doc.getMap('records').set('shape:a', { id: 'shape:a', typeName: 'shape' })
    await vi.waitFor(() => expect(viewer.doc.getMap('records').get('shape:a')).toBeTruthy())
    expect(map.doc.getMap('records').size).toBe(0)

    const closed = nextClose(viewer.provider)
    viewer.doc.getMap('records').set('shape:b', { id: 'shape:b', typeName: 'shape' })
    expect((await closed).code).toBe(4403)
    const late = connectClient(server.wsUrl, room, board.tokens.editor)
    clients.push(late)
    await late.synced
    expect([...late.doc.getMap('records').keys()]).toEqual(['shape:a'])
  })

  it('refuses a canvas of a board the token does not name', async () => {
    const [one, other] = await Promise.all([createBoard(server.url), createBoard(server.url)])
    const stranger = connectClient(server.wsUrl, `${other.id}.canvas`, one.tokens.editor)
    clients.push(stranger)
    expect((await nextClose(stranger.provider)).code).toBe(4401)
  })
})
