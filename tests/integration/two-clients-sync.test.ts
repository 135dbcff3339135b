import { addNote, editNoteText, LocalOrigin, notesOf, readBoard } from '@jm/shared'
import { describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'

describe('two stock y-websocket clients through the relay', () => {
  const server = useInProcessServer()

  it("receive the template board on first sync and see each other's notes and typing live", async () => {
    const board = await createBoard(server.url, { title: 'Q3 onboarding', locale: 'en' })
    const alice = server.connect(board.id, board.tokens.editor)
    const bob = server.connect(board.id, board.tokens.editor)
    await Promise.all([alice.synced, bob.synced])

    const view = readBoard(alice.doc)
    expect(view.meta.title).toBe('Q3 onboarding')
    expect(view.stages.map((stage) => stage.name)).toEqual([
      'Attract',
      'Capture',
      'Nurture',
      'Convert',
      'Expand',
    ])
    expect(view.lanes.length).toBeGreaterThan(5)

    const [stage, lane] = [view.stages[0], view.lanes[0]]
    if (!stage || !lane) throw new Error('template has no stages or lanes')
    const noteId = addNote(
      alice.doc,
      { stageId: stage.id, laneId: lane.id, author: 'alice', now: 1, text: 'Webinar' },
      new LocalOrigin('alice'),
    )
    await eventually(() => expect(notesOf(bob.doc).has(noteId)).toBe(true))

    editNoteText(
      alice.doc,
      { noteId, index: 7, deleteCount: 0, insert: ' series', now: 2 },
      new LocalOrigin('alice'),
    )
    editNoteText(
      bob.doc,
      { noteId, index: 0, deleteCount: 0, insert: 'Live ', now: 2 },
      new LocalOrigin('bob'),
    )
    await eventually(() => {
      expect(readBoard(alice.doc).notes[0]?.text).toBe('Live Webinar series')
      expect(readBoard(bob.doc).notes[0]?.text).toBe('Live Webinar series')
    })
  })
})
