import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MAX_LINKS_PER_TARGET } from '../../src/limits.ts'
import { addLink } from '../../src/ops/addLink.ts'
import { addNote } from '../../src/ops/addNote.ts'
import { deleteNote } from '../../src/ops/deleteNote.ts'
import { OpError } from '../../src/ops/OpError.ts'
import { removeLink } from '../../src/ops/removeLink.ts'
import { evidenceOn } from '../../src/schema/evidence.ts'
import { linksOf } from '../../src/schema/root.ts'
import { at, testBoard } from '../testBoard.ts'

const noteOn = (b: ReturnType<typeof testBoard>) =>
  addNote(b.doc, { stageId: at(b.stageIds, 0), laneId: at(b.laneIds, 0), author: 'a', now: 1 }, b.origin)

describe('links', () => {
  it('puts links on notes and stages, in the order added, and removes them', () => {
    const b = testBoard()
    const noteId = noteOn(b)
    const stageId = at(b.stageIds, 0)
    const first = addLink(
      b.doc,
      { targetKind: 'note', targetId: noteId, url: ' https://ex.example/rec ', author: 'ann', now: 5 },
      b.origin,
    )
    addLink(
      b.doc,
      {
        targetKind: 'note',
        targetId: noteId,
        url: 'http://t.example/1',
        title: ' Ticket ',
        author: 'bo',
        now: 6,
      },
      b.origin,
    )
    addLink(
      b.doc,
      { targetKind: 'stage', targetId: stageId, url: 'https://d.example', author: 'cy', now: 7 },
      b.origin,
    )
    const onNote = evidenceOn(b.view().links, 'note', noteId)
    expect(onNote.map(({ url, title }) => ({ url, title }))).toEqual([
      { url: 'https://ex.example/rec', title: '' },
      { url: 'http://t.example/1', title: 'Ticket' },
    ])
    expect(evidenceOn(b.view().links, 'stage', stageId).map((link) => link.url)).toEqual([
      'https://d.example/',
    ])

    removeLink(b.doc, { linkId: first }, b.origin)
    expect(evidenceOn(b.view().links, 'note', noteId).map((link) => link.title)).toEqual(['Ticket'])
  })

  it('refuses what is not an http(s) address, unknown targets and too many links, untouched', () => {
    const b = testBoard()
    const noteId = noteOn(b)
    const add = (url: string, targetId = noteId) =>
      addLink(b.doc, { targetKind: 'note', targetId, url, author: 'a', now: 1 }, b.origin)
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'example.com', 'https://u:p@ex.example'])
      expect(() => add(bad), bad).toThrow(OpError)
    expect(() => add('https://ex.example', 'missing')).toThrow(/does not exist/)
    for (let i = 0; i < MAX_LINKS_PER_TARGET; i++) add(`https://ex.example/${i}`)
    expect(() => add('https://ex.example/one-more')).toThrow(`at most ${MAX_LINKS_PER_TARGET} links`)
    expect(b.view().links).toHaveLength(MAX_LINKS_PER_TARGET)
  })

  it('keeps both links two people add to one note at once', () => {
    const b = testBoard()
    const noteId = noteOn(b)
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(b.doc))
    addLink(
      b.doc,
      { targetKind: 'note', targetId: noteId, url: 'https://a.example', author: 'a', now: 2 },
      b.origin,
    )
    addLink(
      other,
      { targetKind: 'note', targetId: noteId, url: 'https://b.example', author: 'b', now: 2 },
      b.origin,
    )
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(other))
    expect(evidenceOn(b.view().links, 'note', noteId)).toHaveLength(2)
  })

  it('reads a stored non-web address as no link, and a deleted note keeps its links for undo', () => {
    const b = testBoard()
    const noteId = noteOn(b)
    const tampered = new Y.Map<unknown>()
    b.doc.transact(() => {
      linksOf(b.doc).set('evil', tampered)
      tampered.set('targetId', noteId)
      tampered.set('url', 'javascript:alert(1)')
    })
    expect(b.view().links).toEqual([])
    addLink(
      b.doc,
      { targetKind: 'note', targetId: noteId, url: 'https://a.example', author: 'a', now: 2 },
      b.origin,
    )
    deleteNote(b.doc, { noteId }, b.origin)
    expect(b.view().links.map((link) => link.targetId)).toEqual([noteId])
  })
})
