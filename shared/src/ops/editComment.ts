import type * as Y from 'yjs'
import { MAX_FIELD_LENGTH } from '../limits.ts'
import { CommentKeys, mentionsIn } from '../schema/comment.ts'
import { commentsOf, entityIn } from '../schema/root.ts'
import { requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireText } from './validate.ts'

export interface EditCommentArgs {
  commentId: string
  text: string
  now: number
}

export function editComment(doc: Y.Doc, args: EditCommentArgs, origin: TransactionOrigin): void {
  const comment = requireEntity(entityIn(commentsOf(doc), args.commentId), 'comment', args.commentId)
  const text = requireText(args.text, 'comment', MAX_FIELD_LENGTH, { nonEmpty: true })
  doc.transact(() => {
    comment.set(CommentKeys.text, text)
    comment.set(CommentKeys.mentions, mentionsIn(text))
    comment.set(CommentKeys.editedAt, args.now)
  }, origin)
}
