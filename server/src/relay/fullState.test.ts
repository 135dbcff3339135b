import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { fullStateOf } from './fullState.ts'

describe('fullStateOf', () => {
  it('encodes the document once per state: again after a change or deletion, not after a transaction that changed nothing', () => {
    const doc = new Y.Doc()
    const notes = doc.getMap('notes')
    const large = 'x'.repeat(70 * 1024)
    notes.set('a', large)
    const first = fullStateOf(doc)
    expect(fullStateOf(doc)).toBe(first)
    doc.transact(() => notes.get('a'))
    expect(fullStateOf(doc)).toBe(first)

    notes.set('b', 'second')
    const second = fullStateOf(doc)
    expect(second).not.toBe(first)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, second)
    expect(copy.getMap('notes').toJSON()).toEqual({ a: large, b: 'second' })

    notes.delete('b')
    const third = fullStateOf(doc)
    expect(third).not.toBe(second)
    Y.applyUpdate(copy, third)
    expect(copy.getMap('notes').toJSON()).toEqual({ a: large })
    expect(third).toEqual(Y.encodeStateAsUpdate(doc))
  })

  it('keeps no copy of a small document', () => {
    const doc = new Y.Doc()
    doc.getMap('notes').set('a', 'small')
    expect(fullStateOf(doc)).not.toBe(fullStateOf(doc))
  })
})
