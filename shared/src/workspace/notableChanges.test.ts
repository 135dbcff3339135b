import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addAction } from '../ops/addAction.ts'
import { addComment } from '../ops/addComment.ts'
import { initBoard } from '../ops/initBoard.ts'
import { LocalOrigin } from '../ops/origin.ts'
import { setActionFields } from '../ops/setActionFields.ts'
import { readBoard } from '../schema/readBoard.ts'
import { notableChanges } from './notableChanges.ts'

const origin = new LocalOrigin('test')

describe('notableChanges', () => {
  it('tells of owners given, actions done and mentions since a moment, each under a lasting key', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 't', locale: 'en', now: 1 }, origin)
    const old = addAction(doc, { title: 'Old', owner: 'Sales', author: 'Mei', now: 5 }, origin)
    const fresh = addAction(doc, { title: 'Quote tool', owner: 'Sales', author: 'Mei', now: 100 }, origin)
    addAction(doc, { title: 'Nobody yet', author: 'Mei', now: 100 }, origin)
    setActionFields(doc, { actionId: old, status: 'done', author: 'Li', now: 120 }, origin)
    const board = readBoard(doc)
    const stage = board.stages[0]?.id ?? ''
    addComment(
      doc,
      { targetKind: 'stage', targetId: stage, author: 'Li', text: 'Can @Mei check this?', now: 130 },
      origin,
    )
    const changes = notableChanges('b1', readBoard(doc), 50)
    expect(changes.map((change) => [change.type, change.key, change.people])).toEqual([
      ['action.assigned', `b1:assigned:${fresh}:sales`, ['Sales']],
      ['action.assigned', `b1:assigned:${old}:sales`, ['Sales']],
      ['action.done', `b1:done:${old}`, ['Sales']],
      ['comment.mention', expect.stringMatching(/^b1:mention:/), ['Mei']],
    ])
    expect(notableChanges('b1', readBoard(doc), 200)).toEqual([])
  })
})
