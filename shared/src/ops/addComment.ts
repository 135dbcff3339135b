import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_FIELD_LENGTH } from '../limits.ts'
import {
  COMMENT_TARGETS,
  type CommentTarget,
  createCommentEntity,
  mentionsIn,
  readComment,
} from '../schema/comment.ts'
import { commentsOf, entityIn } from '../schema/root.ts'
import { OpError, requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireTarget } from './requireTarget.ts'
import { requireOneOf, requireText } from './validate.ts'

export interface AddCommentArgs {
  targetKind: CommentTarget
  targetId: string
  author: string
  text: string
  now: number
  /** Reply to this comment; a reply to a reply joins the same thread. */
  replyTo?: string
}

export function addComment(doc: Y.Doc, args: AddCommentArgs, origin: TransactionOrigin): string {
  const targetKind = requireOneOf(args.targetKind, 'comment target', COMMENT_TARGETS)
  requireTarget(doc, targetKind, args.targetId)
  const text = requireText(args.text, 'comment', MAX_FIELD_LENGTH, { nonEmpty: true })
  let parentId = ''
  if (args.replyTo !== undefined) {
    const parent = readComment(
      args.replyTo,
      requireEntity(entityIn(commentsOf(doc), args.replyTo), 'comment', args.replyTo),
    )
    if (parent.targetId !== args.targetId)
      throw new OpError('invalid', 'a reply must be on the same note or stage')
    parentId = parent.parentId || parent.id
  }
  const id = newId()
  doc.transact(() => {
    commentsOf(doc).set(
      id,
      createCommentEntity({
        id,
        targetKind,
        targetId: args.targetId,
        parentId,
        author: args.author,
        text,
        mentions: mentionsIn(text),
        createdAt: args.now,
      }),
    )
  }, origin)
  return id
}
