import type * as Y from 'yjs'
import { CommentKeys, readComment } from '../schema/comment.ts'
import { commentsOf, entityIn } from '../schema/root.ts'
import { OpError, requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

export interface ResolveCommentArgs {
  /** The root comment of the thread. */
  commentId: string
  resolved: boolean
  by: string
}

/** Resolves or reopens a thread. */
export function resolveComment(doc: Y.Doc, args: ResolveCommentArgs, origin: TransactionOrigin): void {
  const comment = requireEntity(entityIn(commentsOf(doc), args.commentId), 'comment', args.commentId)
  if (readComment(args.commentId, comment).parentId !== '') {
    throw new OpError('invalid', 'only the first comment of a thread can be resolved')
  }
  doc.transact(() => {
    comment.set(CommentKeys.resolved, args.resolved)
    comment.set(CommentKeys.resolvedBy, args.resolved ? args.by : '')
  }, origin)
}
