import { AuthSubtype } from '@jm/shared'
import { describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { nextClose, recordAuthMessages } from '../helpers/yclient.ts'

/** The canvas lives in `<board>.canvas`, a room of its own with the content room's write rules. */
describe('the canvas room through the relay', () => {
  const server = useInProcessServer()

  it("carries an editor's records to a viewer, stays out of the board room, and drops the viewer's write", async () => {
    const board = await createBoard(server.url, { title: 'Canvas rules' })
    const room = `${board.id}.canvas`
    const editor = server.connect(room, board.tokens.editor)
    const viewer = server.connect(room, board.tokens.viewer)
    const map = server.connect(board.id, board.tokens.editor)
    await Promise.all([editor.synced, viewer.synced, map.synced])

    editor.doc.getMap('records').set('shape:a', { id: 'shape:a', typeName: 'shape' })
    await eventually(() => expect(viewer.doc.getMap('records').get('shape:a')).toBeTruthy())
    expect(map.doc.getMap('records').size).toBe(0)

    const told = recordAuthMessages(viewer.provider)
    viewer.doc.getMap('records').set('shape:b', { id: 'shape:b', typeName: 'shape' })
    await eventually(() => expect(told.map((m) => m.subtype)).toEqual([AuthSubtype.permissionDenied]))
    editor.doc.getMap('records').set('shape:c', { id: 'shape:c', typeName: 'shape' })
    await eventually(() => expect(viewer.doc.getMap('records').get('shape:c')).toBeTruthy())
    const late = server.connect(room, board.tokens.editor)
    await late.synced
    expect([...late.doc.getMap('records').keys()].sort()).toEqual(['shape:a', 'shape:c'])
  })

  it('refuses a canvas of a board the token does not name', async () => {
    const [one, other] = await Promise.all([createBoard(server.url), createBoard(server.url)])
    const stranger = server.connect(`${other.id}.canvas`, one.tokens.editor)
    expect((await nextClose(stranger.provider)).code).toBe(4401)
  })
})
