import {
  addPrivateNote,
  controlRoomName,
  LocalOrigin,
  notesOf,
  privateRoomName,
  readBoard,
  readPrivateNotes,
  revealPrivateNotes,
  setPrivateMode,
} from '@jm/shared'
import { describe, expect, it } from 'vitest'
import { createBoard, joinParticipant } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { nextClose } from '../helpers/yclient.ts'

describe('private brainstorming', () => {
  const server = useInProcessServer()
  const connect = server.connect

  it('keeps new notes out of everyone else’s reach until the facilitator reveals them', async () => {
    const board = await createBoard(server.url, { title: 'Private' })
    const control = connect(controlRoomName(board.id), board.tokens.facilitator)
    const watcher = connect(board.id, board.tokens.viewer)
    await Promise.all([control.synced, watcher.synced])
    const { stages, lanes } = readBoard(watcher.doc)
    const stageId = stages[1]?.id ?? ''
    const laneId = lanes[2]?.id ?? ''
    setPrivateMode(control.doc, true, new LocalOrigin('fay'))

    const ann = await joinParticipant(server.url, board.id, board.tokens.editor, 'Ann')
    const bo = await joinParticipant(server.url, board.id, board.tokens.editor, 'Bo')
    const annPrivate = connect(privateRoomName(board.id, ann.participant), ann.token)
    await annPrivate.synced
    const noteId = addPrivateNote(
      annPrivate.doc,
      { stageId, laneId, author: 'Ann', now: 1, text: 'Contract review is slow' },
      new LocalOrigin('ann'),
    )
    // A second session of Ann sees it, so the server has stored it.
    const annAgain = connect(privateRoomName(board.id, ann.participant), ann.token)
    await eventually(() => expect(readPrivateNotes(annAgain.doc)).toHaveLength(1))

    // Bo cannot open Ann's private room, and the board does not have the note.
    const peek = connect(privateRoomName(board.id, ann.participant), bo.token)
    expect((await nextClose(peek.provider)).code).toBe(4403)
    expect(notesOf(watcher.doc).has(noteId)).toBe(false)

    // Ann leaves before the reveal; the server still finds her notes.
    annPrivate.destroy()
    annAgain.destroy()
    revealPrivateNotes(control.doc, { now: Date.now() }, new LocalOrigin('fay'))
    await eventually(() =>
      expect(readBoard(watcher.doc).notes.map((note) => note.text)).toEqual(['Contract review is slow']),
    )
    const published = readBoard(watcher.doc).notes[0]
    expect(published).toMatchObject({ id: noteId, stageId, laneId, author: 'Ann' })

    const annBack = connect(privateRoomName(board.id, ann.participant), ann.token)
    await annBack.synced
    await eventually(() => expect(readPrivateNotes(annBack.doc)).toEqual([]))
  })
})
