import { type Comment, commentsOf, entriesOf, readComment } from '@jm/shared'
import { type Accessor, createSignal, onCleanup } from 'solid-js'
import type * as Y from 'yjs'

/** All comments of the board, re-read when the comments collection changes. */
export function createComments(doc: Y.Doc): Accessor<Comment[]> {
  const read = () => entriesOf(commentsOf(doc)).map(([id, map]) => readComment(id, map))
  const [comments, setComments] = createSignal(read())
  const refresh = () => setComments(read())
  commentsOf(doc).observeDeep(refresh)
  onCleanup(() => commentsOf(doc).unobserveDeep(refresh))
  return comments
}
