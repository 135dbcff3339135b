import {
  addNote,
  ballotRoomName,
  controlRoomName,
  entityIn,
  LocalOrigin,
  MessageType,
  notesOf,
  readBoard,
  readLocks,
  readRounds,
  setLocks,
  stagesOf,
  startRound,
} from '@jm/shared'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { createBoard, joinParticipant } from '../helpers/boards.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { nextClose } from '../helpers/yclient.ts'

describe('facilitator-only state and locks are enforced by the server', () => {
  const server = useInProcessServer()
  const connect = server.connect

  it('refuses an editor writing the control room or opening another ballot', async () => {
    const board = await createBoard(server.url, { title: 'Control' })
    const editor = await joinParticipant(server.url, board.id, board.tokens.editor, 'Ed')
    const other = await joinParticipant(server.url, board.id, board.tokens.editor, 'Ann')
    const lead = connect(controlRoomName(board.id), board.tokens.facilitator)
    const sneaky = connect(controlRoomName(board.id), editor.token)
    await Promise.all([lead.synced, sneaky.synced])
    const closed = nextClose(sneaky.provider)
    startRound(
      sneaky.doc,
      { budget: 99, anonymous: true, results: 'live', now: Date.now() },
      new LocalOrigin('ed'),
    )
    expect((await closed).code).toBe(4403)
    const fresh = connect(controlRoomName(board.id), board.tokens.viewer)
    await fresh.synced
    expect(readRounds(fresh.doc)).toEqual([])
    expect(readRounds(lead.doc)).toEqual([])

    const peek = connect(ballotRoomName(board.id, other.participant), editor.token)
    expect((await nextClose(peek.provider)).code).toBe(4403)
  })

  it('refuses an editor changing the locked skeleton or adding to a closed lane, and keeps nothing of it', async () => {
    const board = await createBoard(server.url, { title: 'Locks' })
    const lead = connect(board.id, board.tokens.facilitator)
    const control = connect(controlRoomName(board.id), board.tokens.facilitator)
    const editor = await joinParticipant(server.url, board.id, board.tokens.editor, 'Ed')
    const ed = connect(board.id, editor.token)
    const watcher = connect(board.id, board.tokens.viewer)
    await Promise.all([lead.synced, control.synced, ed.synced, watcher.synced])
    const view = readBoard(lead.doc)
    const pains = view.lanes.find((lane) => lane.kind === 'painPoints')
    const closedLane = view.lanes.find((lane) => lane.kind !== 'painPoints')
    const stage = view.stages[0]
    if (!pains || !closedLane || !stage) throw new Error('template lacks lanes')
    const watcherControl = connect(controlRoomName(board.id), board.tokens.viewer)
    setLocks(control.doc, { skeleton: true, addLaneIds: [pains.id] }, new LocalOrigin('fay'))
    await vi.waitFor(() => expect(readLocks(watcherControl.doc).skeleton).toBe(true))

    // Adding to the open lane still works.
    const origin = new LocalOrigin('ed')
    const allowed = addNote(
      ed.doc,
      { stageId: stage.id, laneId: pains.id, author: 'Ed', now: 1, text: 'ok' },
      origin,
    )
    await vi.waitFor(() => expect(notesOf(watcher.doc).has(allowed)).toBe(true))

    // Renaming a stage is refused: the editor is closed with 4423 and nobody sees the change.
    const renamedClose = nextClose(ed.provider)
    entityIn(stagesOf(ed.doc), stage.id)?.set('name', 'Hijacked')
    expect(await renamedClose).toMatchObject({ code: 4423 })

    // Adding to a closed lane, as a second editor session, is refused the same way.
    const ed2 = connect(board.id, editor.token)
    await ed2.synced
    const laneClose = nextClose(ed2.provider)
    const refused = addNote(
      ed2.doc,
      { stageId: stage.id, laneId: closedLane.id, author: 'Ed', now: 2, text: 'no' },
      origin,
    )
    expect((await laneClose).code).toBe(4423)

    // The facilitator is not bound by the locks.
    entityIn(stagesOf(lead.doc), stage.id)?.set('goal', 'Set by the facilitator')
    await vi.waitFor(() => expect(readBoard(watcher.doc).stages[0]?.goal).toBe('Set by the facilitator'))

    const fresh = connect(board.id, board.tokens.viewer)
    await fresh.synced
    const stored = readBoard(fresh.doc)
    expect(stored.stages[0]?.name).toBe(stage.name)
    expect(stored.notes.map((note) => note.id)).toEqual([allowed])
    expect(notesOf(watcher.doc).has(refused)).toBe(false)
    expect(readBoard(watcher.doc).stages[0]?.name).toBe(stage.name)
  })

  it('refuses a raw protocol client that sends a locked change without the stock client', async () => {
    const board = await createBoard(server.url, { title: 'Raw' })
    const control = connect(controlRoomName(board.id), board.tokens.facilitator)
    const lead = connect(board.id, board.tokens.facilitator)
    await Promise.all([control.synced, lead.synced])
    setLocks(control.doc, { skeleton: true, addLaneIds: null }, new LocalOrigin('fay'))
    const check = connect(controlRoomName(board.id), board.tokens.viewer)
    await vi.waitFor(() => expect(readLocks(check.doc).skeleton).toBe(true))

    // Build a rename on a copy of the board and send it as a bare sync update.
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(lead.doc))
    const before = Y.encodeStateVector(copy)
    const stageId = readBoard(copy).stages[0]?.id ?? ''
    entityIn(stagesOf(copy), stageId)?.set('name', 'Raw rename')
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.sync)
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(copy, before))

    const editor = await joinParticipant(server.url, board.id, board.tokens.editor, 'Raw')
    const socket = new WebSocket(`${server.wsUrl}/${board.id}?token=${editor.token}`)
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
    socket.on('open', () => socket.send(encoding.toUint8Array(encoder)))
    expect(await closed).toBe(4423)
    const fresh = connect(board.id, board.tokens.viewer)
    await fresh.synced
    expect(readBoard(fresh.doc).stages[0]?.name).not.toBe('Raw rename')
  })
})
