import type { Comment } from '@jm/shared'
import { type Accessor, createContext, useContext } from 'solid-js'

export const CommentsContext = createContext<Accessor<Comment[]>>()

export function useComments(): Accessor<Comment[]> {
  const comments = useContext(CommentsContext)
  if (!comments) throw new Error('useComments outside the follow-up button')
  return comments
}
