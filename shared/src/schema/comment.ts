import * as Y from 'yjs'
import { readBoolean, readNumber, readOneOf, readString, readStringList } from './read.ts'

/** What a comment thread hangs on. */
export const COMMENT_TARGETS = ['note', 'stage'] as const
export type CommentTarget = (typeof COMMENT_TARGETS)[number]

/**
 * A comment (DOMAIN.md step 7: comment, resolve, add evidence). A thread is a root comment
 * (parentId '') and its replies (parentId = the root's id); resolving applies to the root.
 * Each comment is its own entity, so two people replying at once both keep their reply.
 */
export interface Comment {
  id: string
  targetKind: CommentTarget
  targetId: string
  /** '' for the root of a thread, else the root comment's id. */
  parentId: string
  author: string
  text: string
  /** Participant names mentioned with @, as written. */
  mentions: string[]
  createdAt: number
  /** 0 when never edited. */
  editedAt: number
  resolved: boolean
  resolvedBy: string
  /** A deleted comment keeps its place so its replies stay in the thread; its text is cleared. */
  deleted: boolean
}

export const CommentKeys = {
  id: 'id',
  targetKind: 'targetKind',
  targetId: 'targetId',
  parentId: 'parentId',
  author: 'author',
  text: 'text',
  mentions: 'mentions',
  createdAt: 'createdAt',
  editedAt: 'editedAt',
  resolved: 'resolved',
  resolvedBy: 'resolvedBy',
  deleted: 'deleted',
} as const

export function readComment(id: string, map: Y.Map<unknown>): Comment {
  return {
    id,
    targetKind: readOneOf(map, CommentKeys.targetKind, COMMENT_TARGETS, 'note'),
    targetId: readString(map, CommentKeys.targetId),
    parentId: readString(map, CommentKeys.parentId),
    author: readString(map, CommentKeys.author),
    text: readString(map, CommentKeys.text),
    mentions: readStringList(map, CommentKeys.mentions),
    createdAt: readNumber(map, CommentKeys.createdAt, 0),
    editedAt: readNumber(map, CommentKeys.editedAt, 0),
    resolved: readBoolean(map, CommentKeys.resolved),
    resolvedBy: readString(map, CommentKeys.resolvedBy),
    deleted: readBoolean(map, CommentKeys.deleted),
  }
}

export type NewCommentFields = Pick<
  Comment,
  'id' | 'targetKind' | 'targetId' | 'parentId' | 'author' | 'text' | 'mentions' | 'createdAt'
>

export function createCommentEntity(fields: NewCommentFields): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) map.set(key, value)
  map.set(CommentKeys.editedAt, 0)
  map.set(CommentKeys.resolved, false)
  map.set(CommentKeys.resolvedBy, '')
  map.set(CommentKeys.deleted, false)
  return map
}

/** @-mentions in a comment's text: "@Li Wei" is not supported, "@li.wei" and "@李伟" are. */
export function mentionsIn(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/(?:^|\s)@([\p{L}\p{N}._-]+)/gu)].map((match) => match[1] ?? '')),
  ].filter(Boolean)
}

type Created = Pick<Comment, 'id' | 'createdAt'>

/** Oldest first, ties by id, so every replica lists comments (and links) alike. */
export function compareCreated(a: Created, b: Created): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export interface CommentThread {
  root: Comment
  replies: Comment[]
}

/** Threads on one target, oldest first; replies whose root is missing become their own thread. */
export function threadsOf(
  comments: readonly Comment[],
  targetKind: CommentTarget,
  targetId: string,
): CommentThread[] {
  const mine = comments.filter((c) => c.targetKind === targetKind && c.targetId === targetId)
  const roots = new Map(mine.filter((c) => c.parentId === '').map((c) => [c.id, c]))
  const threads = new Map<string, CommentThread>()
  for (const root of roots.values()) threads.set(root.id, { root, replies: [] })
  for (const reply of mine.filter((c) => c.parentId !== '').sort(compareCreated)) {
    const thread = threads.get(reply.parentId)
    if (thread) thread.replies.push(reply)
    else threads.set(reply.id, { root: reply, replies: [] })
  }
  return [...threads.values()].sort((a, b) => compareCreated(a.root, b.root))
}
