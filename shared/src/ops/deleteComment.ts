import type * as Y from 'yjs'
import { CommentKeys } from '../schema/comment.ts'
import { commentsOf, entityIn } from '../schema/root.ts'
import { requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

/**
 * Clears a comment's text and marks it deleted rather than removing it, so replies (including
 * one written concurrently on another replica) keep their thread.
 */
export function deleteComment(
  doc: Y.Doc,
  args: { commentId: string; now: number },
  origin: TransactionOrigin,
): void {
  const comment = requireEntity(entityIn(commentsOf(doc), args.commentId), 'comment', args.commentId)
  doc.transact(() => {
    comment.set(CommentKeys.deleted, true)
    comment.set(CommentKeys.text, '')
    comment.set(CommentKeys.mentions, [])
    comment.set(CommentKeys.editedAt, args.now)
  }, origin)
}
