import type * as Y from 'yjs'
import type { CommentTarget } from '../schema/comment.ts'
import { entityIn, notesOf, stagesOf } from '../schema/root.ts'
import { requireEntity } from './OpError.ts'

/** The note or stage a comment or link is put on, refused when it does not exist. */
export function requireTarget(doc: Y.Doc, kind: CommentTarget, id: string): Y.Map<unknown> {
  const targets = kind === 'note' ? notesOf(doc) : stagesOf(doc)
  return requireEntity(entityIn(targets, id), kind, id)
}
