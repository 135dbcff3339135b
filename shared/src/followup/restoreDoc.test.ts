import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNote, deleteNote, editNoteText } from '../index.ts'
import { LocalOrigin, ServerOrigin } from '../ops/origin.ts'
import { readBoard } from '../schema/readBoard.ts'
import { initBoard } from '../templates/index.ts'
import { restoreDoc } from './restoreDoc.ts'

const alice = new LocalOrigin('alice')
const bob = new LocalOrigin('bob')
const restorer = new ServerOrigin('restore')

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
}

describe('restoreDoc', () => {
  it('brings back a saved version as a new change that merges with a concurrent offline edit', () => {
    const server = new Y.Doc()
    initBoard(server, { title: 'Version 1', locale: 'en', now: 0 }, alice)
    const { stages, lanes } = readBoard(server)
    const stageId = stages[0]?.id ?? ''
    const laneId = lanes[0]?.id ?? ''
    const kept = addNote(server, { stageId, laneId, author: 'a', now: 1, text: 'Pricing is unclear' }, alice)
    const version = new Y.Doc()
    Y.applyUpdate(version, Y.encodeStateAsUpdate(server))

    // After the version: a note deleted, a text edited, a note added.
    const offline = new Y.Doc()
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(server))
    deleteNote(server, { noteId: kept }, alice)
    const later = addNote(
      server,
      { stageId, laneId, author: 'a', now: 2, text: 'added after the version' },
      alice,
    )
    // Bob, offline, adds a note the restore cannot know about.
    const bobsNote = addNote(offline, { stageId, laneId, author: 'b', now: 3, text: 'written offline' }, bob)

    restoreDoc(server, version, restorer)
    expect(
      readBoard(server)
        .notes.map((n) => n.text)
        .sort(),
    ).toEqual(['Pricing is unclear'])

    sync(server, offline)
    for (const doc of [server, offline]) {
      const texts = readBoard(doc)
        .notes.map((n) => n.text)
        .sort()
      expect(texts).toEqual(['Pricing is unclear', 'written offline'])
    }
    expect(readBoard(server).notes.some((n) => n.id === later)).toBe(false)
    expect(readBoard(server).notes.some((n) => n.id === bobsNote)).toBe(true)
  })

  it('keeps concurrent typing in a note whose text the restore rewrites', () => {
    const server = new Y.Doc()
    initBoard(server, { title: 't', locale: 'en', now: 0 }, alice)
    const { stages, lanes } = readBoard(server)
    const noteId = addNote(
      server,
      {
        stageId: stages[0]?.id ?? '',
        laneId: lanes[0]?.id ?? '',
        author: 'a',
        now: 1,
        text: 'slow onboarding',
      },
      alice,
    )
    const version = new Y.Doc()
    Y.applyUpdate(version, Y.encodeStateAsUpdate(server))
    editNoteText(server, { noteId, index: 0, deleteCount: 4, insert: 'fast', now: 2 }, alice)
    const offline = new Y.Doc()
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(server))
    editNoteText(offline, { noteId, index: 15, deleteCount: 0, insert: ' (IT team)', now: 3 }, bob)

    restoreDoc(server, version, restorer)
    sync(server, offline)
    expect(readBoard(server).notes[0]?.text).toBe('slow onboarding (IT team)')
    expect(readBoard(offline).notes[0]?.text).toBe('slow onboarding (IT team)')
  })
})
