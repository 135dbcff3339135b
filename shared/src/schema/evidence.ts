import * as Y from 'yjs'
import { COMMENT_TARGETS, type CommentTarget, compareCreated } from './comment.ts'
import { readNumber, readOneOf, readString } from './read.ts'

/** Evidence hangs on what comments hang on: a note or a stage. */
export const EVIDENCE_TARGETS = COMMENT_TARGETS
export type EvidenceTarget = CommentTarget

/**
 * What links and attachments have in common. Each is an entity of its own in a board-level
 * collection, like a comment, rather than a list inside its note: two people adding evidence to
 * one note at once both keep theirs, and a note brought back by undo finds its evidence again.
 */
export interface Evidence {
  id: string
  targetKind: EvidenceTarget
  targetId: string
  author: string
  createdAt: number
}

export const EvidenceKeys = {
  id: 'id',
  targetKind: 'targetKind',
  targetId: 'targetId',
  author: 'author',
  createdAt: 'createdAt',
} as const

export function readEvidence(id: string, map: Y.Map<unknown>): Evidence {
  return {
    id,
    targetKind: readOneOf(map, EvidenceKeys.targetKind, EVIDENCE_TARGETS, 'note'),
    targetId: readString(map, EvidenceKeys.targetId),
    author: readString(map, EvidenceKeys.author),
    createdAt: readNumber(map, EvidenceKeys.createdAt, 0),
  }
}

/** The evidence of one note or stage, oldest first. @public */
export function evidenceOn<T extends Evidence>(
  items: readonly T[],
  kind: EvidenceTarget,
  targetId: string,
): T[] {
  return items.filter((item) => item.targetKind === kind && item.targetId === targetId).sort(compareCreated)
}

/** A new link or attachment entity: every field as given. */
export function createEvidenceEntity<T extends Evidence>(fields: T): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) map.set(key, value)
  return map
}
