import { addNote, editNoteText, LocalOrigin, readBoard } from '@jm/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard, fetchBoardState } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { metricValue, scrape } from '../helpers/metrics.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

const noteTexts = (doc: Y.Doc) =>
  readBoard(doc)
    .notes.map((note) => note.text)
    .sort()

describe('a room nobody uses hibernates and wakes on its next use', () => {
  let server: TestServer
  const clients: YClient[] = []
  beforeAll(async () => {
    server = await startInProcessServer({ limits: { hibernateAfterMs: 100 } })
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })
  const connect = async (room: string, token: string, doc?: Y.Doc) => {
    const client = connectClient(server.wsUrl, room, token, doc)
    clients.push(client)
    await client.synced
    return client
  }
  const hibernating = (room: string) => server.built.rooms.get(room)?.hibernatingDoc.hibernating ?? false
  const untilHibernating = (room: string) =>
    eventually(() => expect(hibernating(room)).toBe(true), { timeout: 5_000, interval: 20 })

  it('keeps every edit, serves joins and state fetches asleep, wakes for edits, and sleeps again', async () => {
    const board = await createBoard(server.url, { title: 'Quiet board' })
    const alice = await connect(board.id, board.tokens.editor)
    const { stages, lanes } = readBoard(alice.doc)
    const origin = new LocalOrigin('alice')
    const cell = { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '' }
    const noteId = addNote(alice.doc, { ...cell, author: 'alice', now: 1, text: 'Before the pause' }, origin)
    await untilHibernating(board.id)
    await eventually(async () =>
      expect(metricValue(await scrape(server.url), 'jm_rooms_hibernating')).toBeGreaterThanOrEqual(1),
    )

    // Presence is kept apart from the document: it flows without waking it.
    const watcher = await connect(board.id, board.tokens.viewer)
    await untilHibernating(board.id)
    const seen = new Promise<void>((resolve) => watcher.provider.awareness.on('change', () => resolve()))
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' })
    await seen
    expect(hibernating(board.id)).toBe(true)

    // A state fetch and a join are served from the encoding, without waking it.
    const wakes = () => server.built.rooms.get(board.id)?.hibernatingDoc.wakes ?? -1
    const wakesBefore = wakes()
    expect(noteTexts(await fetchBoardState(server.url, board.id, board.tokens.viewer))).toEqual([
      'Before the pause',
    ])
    const bob = await connect(board.id, board.tokens.editor)
    expect(noteTexts(bob.doc)).toEqual(['Before the pause'])
    await server.built.rooms.get(board.id)?.settled()
    expect(wakes()).toBe(wakesBefore)

    // An edit sent to a hibernating room wakes it and reaches everyone.
    await untilHibernating(board.id)
    const wakesBeforeEdit = wakes()
    editNoteText(alice.doc, { noteId, index: 0, deleteCount: 0, insert: 'Still here: ', now: 2 }, origin)
    await eventually(() => expect(noteTexts(bob.doc)).toEqual(['Still here: Before the pause']))
    expect(wakes()).toBeGreaterThan(wakesBeforeEdit)
    await eventually(() => expect(noteTexts(watcher.doc)).toEqual(['Still here: Before the pause']))
    addNote(bob.doc, { ...cell, author: 'bob', now: 3, text: 'From Bob' }, new LocalOrigin('bob'))
    await eventually(() => expect(noteTexts(alice.doc)).toEqual(['From Bob', 'Still here: Before the pause']))

    await untilHibernating(board.id)
    const fresh = await connect(board.id, board.tokens.viewer)
    expect(noteTexts(fresh.doc)).toEqual(['From Bob', 'Still here: Before the pause'])
    expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(alice.doc))

    // Someone coming back with an up-to-date copy sends its whole delete set, which adds nothing.
    editNoteText(alice.doc, { noteId, index: 0, deleteCount: 6, insert: '', now: 4 }, origin)
    await eventually(() => expect(noteTexts(bob.doc)).toEqual(['From Bob', 'here: Before the pause']))
    await untilHibernating(board.id)
    const wakesBeforeReturn = wakes()
    for (const token of [board.tokens.editor, board.tokens.viewer]) {
      const copy = new Y.Doc()
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(alice.doc))
      const returning = await connect(board.id, token, copy)
      await server.built.rooms.get(board.id)?.settled()
      expect(noteTexts(returning.doc)).toEqual(['From Bob', 'here: Before the pause'])
    }
    expect(wakes()).toBe(wakesBeforeReturn)
  })
})
