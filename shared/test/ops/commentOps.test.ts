import { describe, expect, it } from 'vitest'
import { addComment } from '../../src/ops/addComment.ts'
import { addNote } from '../../src/ops/addNote.ts'
import { deleteComment } from '../../src/ops/deleteComment.ts'
import { editComment } from '../../src/ops/editComment.ts'
import { OpError } from '../../src/ops/OpError.ts'
import { resolveComment } from '../../src/ops/resolveComment.ts'
import { mentionsIn, threadsOf } from '../../src/schema/comment.ts'
import { at, testBoard } from '../testBoard.ts'

describe('comments', () => {
  it('threads replies under their root, on notes and stages, with mentions', () => {
    const b = testBoard()
    const stageId = at(b.stageIds, 0)
    const noteId = addNote(b.doc, { stageId, laneId: at(b.laneIds, 0), author: 'a', now: 1 }, b.origin)
    const root = addComment(
      b.doc,
      { targetKind: 'note', targetId: noteId, author: 'ann', text: 'Evidence? @bob @李伟', now: 10 },
      b.origin,
    )
    const reply = addComment(
      b.doc,
      { targetKind: 'note', targetId: noteId, author: 'bob', text: 'Survey Q2', now: 11, replyTo: root },
      b.origin,
    )
    addComment(
      b.doc,
      { targetKind: 'note', targetId: noteId, author: 'ann', text: 'Thanks', now: 12, replyTo: reply },
      b.origin,
    )
    addComment(
      b.doc,
      { targetKind: 'stage', targetId: stageId, author: 'cy', text: 'Owner?', now: 13 },
      b.origin,
    )
    const comments = b.view().comments
    const [thread] = threadsOf(comments, 'note', noteId)
    expect(thread?.root).toMatchObject({
      id: root,
      author: 'ann',
      mentions: ['bob', '李伟'],
      resolved: false,
    })
    expect(thread?.replies.map((c) => c.text)).toEqual(['Survey Q2', 'Thanks'])
    expect(threadsOf(comments, 'stage', stageId)).toHaveLength(1)

    resolveComment(b.doc, { commentId: root, resolved: true, by: 'ann' }, b.origin)
    editComment(b.doc, { commentId: reply, text: 'Survey Q2, n=40', now: 14 }, b.origin)
    deleteComment(b.doc, { commentId: root, now: 15 }, b.origin)
    const [after] = threadsOf(b.view().comments, 'note', noteId)
    expect(after?.root).toMatchObject({ resolved: true, resolvedBy: 'ann', deleted: true, text: '' })
    expect(after?.replies[0]).toMatchObject({ text: 'Survey Q2, n=40', editedAt: 14 })
  })

  it('refuses comments on missing targets, empty text, and resolving a reply', () => {
    const b = testBoard()
    const stageId = at(b.stageIds, 0)
    const root = addComment(
      b.doc,
      { targetKind: 'stage', targetId: stageId, author: 'a', text: 'x', now: 1 },
      b.origin,
    )
    const reply = addComment(
      b.doc,
      { targetKind: 'stage', targetId: stageId, author: 'a', text: 'y', now: 2, replyTo: root },
      b.origin,
    )
    const bad: Array<() => unknown> = [
      () =>
        addComment(
          b.doc,
          { targetKind: 'note', targetId: stageId, author: 'a', text: 'x', now: 1 },
          b.origin,
        ),
      () =>
        addComment(
          b.doc,
          { targetKind: 'stage', targetId: stageId, author: 'a', text: ' ', now: 1 },
          b.origin,
        ),
      () =>
        addComment(
          b.doc,
          { targetKind: 'board' as never, targetId: stageId, author: 'a', text: 'x', now: 1 },
          b.origin,
        ),
      () => resolveComment(b.doc, { commentId: reply, resolved: true, by: 'a' }, b.origin),
      () => editComment(b.doc, { commentId: 'nope', text: 'x', now: 1 }, b.origin),
    ]
    for (const run of bad) expect(run).toThrow(OpError)
  })

  it('finds mentions only at word starts', () => {
    expect(mentionsIn('mail a@b.com and @c.d, @c.d again')).toEqual(['c.d'])
  })
})
