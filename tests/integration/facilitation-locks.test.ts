import {
  AuthSubtype,
  addNote,
  ballotRoomName,
  controlRoomName,
  entityIn,
  LocalOrigin,
  notesOf,
  parseRefusedChanges,
  readBoard,
  readLocks,
  readRounds,
  renameStage,
  setLocks,
  stagesOf,
  startRound,
} from '@jm/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard, joinParticipant } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { authMessageOf, connectRaw, syncUpdateMessage } from '../helpers/rawClient.ts'
import { nextClose, recordAuthMessages } from '../helpers/yclient.ts'

describe('facilitator-only state and locks are enforced by the server', () => {
  const server = useInProcessServer()
  const connect = server.connect

  it("drops an editor's write to the control room (the editor stays live) and refuses another's ballot", async () => {
    const board = await createBoard(server.url, { title: 'Control' })
    const editor = await joinParticipant(server.url, board.id, board.tokens.editor, 'Ed')
    const other = await joinParticipant(server.url, board.id, board.tokens.editor, 'Ann')
    const lead = connect(controlRoomName(board.id), board.tokens.facilitator)
    const sneaky = connect(controlRoomName(board.id), editor.token)
    const told = recordAuthMessages(sneaky.provider)
    await Promise.all([lead.synced, sneaky.synced])
    startRound(
      sneaky.doc,
      { budget: 99, anonymous: true, results: 'live', now: Date.now() },
      new LocalOrigin('ed'),
    )
    await eventually(() => expect(told.map((m) => m.subtype)).toEqual([AuthSubtype.permissionDenied]))
    const fresh = connect(controlRoomName(board.id), board.tokens.viewer)
    await fresh.synced
    expect(readRounds(fresh.doc)).toEqual([])
    expect(readRounds(lead.doc)).toEqual([])
    // The facilitator's round still reaches the editor whose write was dropped.
    startRound(
      lead.doc,
      { budget: 3, anonymous: true, results: 'live', now: Date.now() },
      new LocalOrigin('fay'),
    )
    await eventually(() => expect(readRounds(sneaky.doc).map((round) => round.budget)).toContain(3))
    expect(sneaky.provider.wsconnected).toBe(true)

    const peek = connect(ballotRoomName(board.id, other.participant), editor.token)
    expect((await nextClose(peek.provider)).code).toBe(4403)
  })

  it('undoes an editor changing the locked skeleton or adding to a closed lane, keeps the rest, says what', async () => {
    const board = await createBoard(server.url, { title: 'Locks' })
    const lead = connect(board.id, board.tokens.facilitator)
    const control = connect(controlRoomName(board.id), board.tokens.facilitator)
    const editor = await joinParticipant(server.url, board.id, board.tokens.editor, 'Ed')
    const ed = connect(board.id, editor.token)
    const told = recordAuthMessages(ed.provider)
    const watcher = connect(board.id, board.tokens.viewer)
    await Promise.all([lead.synced, control.synced, ed.synced, watcher.synced])
    const view = readBoard(lead.doc)
    const pains = view.lanes.find((lane) => lane.kind === 'painPoints')
    const closedLane = view.lanes.find((lane) => lane.kind !== 'painPoints')
    const stage = view.stages[0]
    if (!pains || !closedLane || !stage) throw new Error('template lacks lanes')
    const watcherControl = connect(controlRoomName(board.id), board.tokens.viewer)
    setLocks(control.doc, { skeleton: true, addLaneIds: [pains.id] }, new LocalOrigin('fay'))
    await eventually(() => expect(readLocks(watcherControl.doc).skeleton).toBe(true))

    // Adding to the open lane still works.
    const origin = new LocalOrigin('ed')
    const allowed = addNote(
      ed.doc,
      { stageId: stage.id, laneId: pains.id, author: 'Ed', now: 1, text: 'ok' },
      origin,
    )
    await eventually(() => expect(notesOf(watcher.doc).has(allowed)).toBe(true))

    // Renaming a stage is undone for everyone, the editor included, and the editor is told what.
    entityIn(stagesOf(ed.doc), stage.id)?.set('name', 'Hijacked')
    await eventually(() =>
      expect(told.map((m) => parseRefusedChanges(m.text)?.cause)).toEqual(['structure-locked']),
    )
    expect(parseRefusedChanges(told[0]?.text ?? '')?.items).toEqual([{ kind: 'stage', id: stage.id }])
    await eventually(() => expect(readBoard(ed.doc).stages[0]?.name).toBe(stage.name))

    // Adding to a closed lane is undone the same way; the socket stays open throughout.
    const refused = addNote(
      ed.doc,
      { stageId: stage.id, laneId: closedLane.id, author: 'Ed', now: 2, text: 'no' },
      origin,
    )
    await eventually(() =>
      expect(told.map((m) => parseRefusedChanges(m.text)?.cause)).toContain('lane-closed'),
    )
    await eventually(() => expect(notesOf(ed.doc).has(refused)).toBe(false))
    expect(ed.provider.wsconnected).toBe(true)

    // The facilitator is not bound by the locks.
    entityIn(stagesOf(lead.doc), stage.id)?.set('goal', 'Set by the facilitator')
    await eventually(() => expect(readBoard(watcher.doc).stages[0]?.goal).toBe('Set by the facilitator'))

    const fresh = connect(board.id, board.tokens.viewer)
    await fresh.synced
    const stored = readBoard(fresh.doc)
    expect(stored.stages[0]?.name).toBe(stage.name)
    expect(stored.notes.map((note) => note.id)).toEqual([allowed])
    expect(notesOf(watcher.doc).has(refused)).toBe(false)
    expect(readBoard(watcher.doc).stages[0]?.name).toBe(stage.name)
  })

  it('keeps offline work made while the skeleton was locked and undoes only the locked change', async () => {
    const board = await createBoard(server.url, { title: 'Offline' })
    const control = connect(controlRoomName(board.id), board.tokens.facilitator)
    const watcher = connect(board.id, board.tokens.viewer)
    const editor = await joinParticipant(server.url, board.id, board.tokens.editor, 'Ed')
    const ed = connect(board.id, editor.token)
    const told = recordAuthMessages(ed.provider)
    await Promise.all([control.synced, watcher.synced, ed.synced])
    const { stages, lanes } = readBoard(ed.doc)
    const [stage, lane] = [stages[1], lanes.find((l) => l.kind === 'painPoints')]
    if (!stage || !lane) throw new Error('template lacks stages')

    // The editor goes offline; meanwhile the facilitator locks the skeleton.
    ed.provider.disconnect()
    setLocks(control.doc, { skeleton: true, addLaneIds: null }, new LocalOrigin('fay'))
    const check = connect(controlRoomName(board.id), board.tokens.viewer)
    await eventually(() => expect(readLocks(check.doc).skeleton).toBe(true))

    const origin = new LocalOrigin('ed')
    const texts = ['Slow onboarding', 'Invoice confusion', 'No trial data']
    for (const [i, text] of texts.entries())
      addNote(ed.doc, { stageId: stage.id, laneId: lane.id, author: 'Ed', now: i, text }, origin)
    renameStage(ed.doc, { stageId: stage.id, name: 'Renamed offline' }, origin)
    ed.provider.connect()

    await eventually(() =>
      expect(
        readBoard(watcher.doc)
          .notes.map((n) => n.text)
          .sort(),
      ).toEqual([...texts].sort()),
    )
    await eventually(() => expect(told).toHaveLength(1))
    expect(parseRefusedChanges(told[0]?.text ?? '')).toMatchObject({
      cause: 'structure-locked',
      items: [{ kind: 'stage', id: stage.id }],
    })
    await eventually(() => expect(readBoard(ed.doc).stages[1]?.name).toBe(stage.name))
    expect(readBoard(ed.doc).notes).toHaveLength(3)
    expect(ed.provider.wsconnected).toBe(true)

    // What the editor writes next builds on the kept notes and is accepted as usual.
    addNote(ed.doc, { stageId: stage.id, laneId: lane.id, author: 'Ed', now: 9, text: 'After' }, origin)
    await eventually(() => expect(readBoard(watcher.doc).notes).toHaveLength(4))
    const fresh = connect(board.id, board.tokens.viewer)
    await fresh.synced
    expect(readBoard(fresh.doc).stages[1]?.name).toBe(stage.name)
    expect(readBoard(fresh.doc).notes).toHaveLength(4)
  })

  it('undoes a locked change sent by a raw protocol client and tells it, without the stock client', async () => {
    const board = await createBoard(server.url, { title: 'Raw' })
    const control = connect(controlRoomName(board.id), board.tokens.facilitator)
    const lead = connect(board.id, board.tokens.facilitator)
    await Promise.all([control.synced, lead.synced])
    setLocks(control.doc, { skeleton: true, addLaneIds: null }, new LocalOrigin('fay'))
    const check = connect(controlRoomName(board.id), board.tokens.viewer)
    await eventually(() => expect(readLocks(check.doc).skeleton).toBe(true))

    // Build a rename on a copy of the board and send it as a bare sync update.
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(lead.doc))
    const before = Y.encodeStateVector(copy)
    const stageId = readBoard(copy).stages[0]?.id ?? ''
    entityIn(stagesOf(copy), stageId)?.set('name', 'Raw rename')

    const editor = await joinParticipant(server.url, board.id, board.tokens.editor, 'Raw')
    const raw = await connectRaw(server.wsUrl, board.id, editor.token)
    raw.send(syncUpdateMessage(Y.encodeStateAsUpdate(copy, before)))
    const answer = authMessageOf(await raw.next((m) => authMessageOf(m)?.subtype === AuthSubtype.refused))
    expect(parseRefusedChanges(answer?.text ?? '')?.items).toEqual([{ kind: 'stage', id: stageId }])
    expect(raw.ws.readyState).toBe(raw.ws.OPEN)
    const fresh = connect(board.id, board.tokens.viewer)
    await fresh.synced
    expect(readBoard(fresh.doc).stages[0]?.name).not.toBe('Raw rename')
    raw.close()
  })
})
