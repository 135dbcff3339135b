import type { Comment } from '@jm/shared'

/** Unresolved, undeleted threads per note id. */
export function openThreadCounts(comments: readonly Comment[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const comment of comments) {
    if (comment.parentId !== '' || comment.resolved || comment.deleted || comment.targetKind !== 'note')
      continue
    counts.set(comment.targetId, (counts.get(comment.targetId) ?? 0) + 1)
  }
  return counts
}
