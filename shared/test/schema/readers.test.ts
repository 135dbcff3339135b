import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readBoardMeta } from '../../src/schema/board.ts'
import { readComment } from '../../src/schema/comment.ts'
import { readLane } from '../../src/schema/lane.ts'
import { readMap } from '../../src/schema/map.ts'
import { readNote } from '../../src/schema/note.ts'
import { readPersona } from '../../src/schema/persona.ts'
import { readBoard } from '../../src/schema/readBoard.ts'
import { stagesOf } from '../../src/schema/root.ts'
import { readStage } from '../../src/schema/stage.ts'

/** A Y.Map holding what a buggy or foreign client might write: wrong types everywhere. */
function garbage(): Y.Map<unknown> {
  const doc = new Y.Doc()
  const map = doc.getMap('x')
  const junk: Record<string, unknown> = {
    mapId: 7,
    order: null,
    name: ['a'],
    kind: 'river',
    type: 'flowchart',
    text: 42,
    color: 'teal',
    tags: ['ok', 3, null],
    emotion: Number.NaN,
    createdAt: 'yesterday',
    role: 'king',
    kpis: 'many',
    deliverables: new Y.Map(),
    deletedAt: 'now',
    resolved: 'yes',
    mentions: 'bob',
    targetKind: 'board',
  }
  for (const [key, value] of Object.entries(junk)) map.set(key, value)
  return map
}

describe('defensive readers', () => {
  it('turn malformed fields into defaults and never throw', () => {
    const map = garbage()
    expect(readStage('s', map)).toMatchObject({
      id: 's',
      mapId: '',
      order: 'a0',
      name: '',
      kpis: [],
      deliverables: [],
      deletedAt: null,
    })
    expect(readLane('l', map)).toMatchObject({ kind: 'custom', name: '', deletedAt: null })
    expect(readMap('m', map)).toMatchObject({ type: 'currentState', personaId: '', segment: '' })
    expect(readNote('n', map)).toMatchObject({
      text: '',
      color: 'yellow',
      tags: ['ok'],
      emotion: null,
      createdAt: 0,
      personaId: '',
    })
    expect(readPersona('p', map)).toMatchObject({ role: 'other', name: '' })
    expect(readComment('c', map)).toMatchObject({
      targetKind: 'note',
      resolved: false,
      mentions: [],
      deleted: false,
    })
  })

  it('clamp and round an out-of-range emotion', () => {
    const doc = new Y.Doc()
    const map = doc.getMap('n')
    map.set('emotion', 7.6)
    expect(readNote('n', map).emotion).toBe(2)
    map.set('emotion', -1.4)
    expect(readNote('n', map).emotion).toBe(-1)
  })

  it('read an empty or foreign document as an empty board', () => {
    const doc = new Y.Doc()
    doc.getMap('meta').set('locale', 'fr')
    stagesOf(doc).set('weird', 'not a map' as never)
    const view = readBoard(doc)
    expect(view.meta).toEqual(readBoardMeta(doc))
    expect(view.meta.locale).toBe('en')
    expect(view).toMatchObject({
      stages: [],
      lanes: [],
      notes: [],
      unplacedNotes: [],
      personas: [],
      comments: [],
    })
  })
})
