import {
  type Attachment,
  addAttachment,
  addLink,
  type BoardView,
  type Evidence,
  type EvidenceTarget,
  type Link,
  type LocalOrigin,
  removeAttachment,
  removeLink,
} from '@jm/shared'
import type { StoredAttachment } from '@jm/shared/api'
import { createMemo } from 'solid-js'
import type * as Y from 'yjs'
import { attempt } from '../attempt.ts'

export type EvidenceActions = ReturnType<typeof createEvidenceActions>

/**
 * Links and attachments of notes and stages: what each has (grouped once, so every note card finds
 * its own without scanning them all) and the operations, bound to this session and refused for
 * viewers. Each change is its own undo step.
 */
export function createEvidenceActions(deps: {
  doc: Y.Doc
  origin: LocalOrigin
  board: BoardView
  author: string
  canEdit: () => boolean
  stopCapturing: () => void
}) {
  const { doc, origin } = deps
  const links = createMemo(() => groupByTarget(deps.board.links))
  const attachments = createMemo(() => groupByTarget(deps.board.attachments))
  const run = (change: () => unknown) => {
    if (!deps.canEdit()) return
    deps.stopCapturing()
    attempt(change)
  }
  return {
    linksOn: (kind: EvidenceTarget, id: string): readonly Link[] => links().get(`${kind}:${id}`) ?? [],
    attachmentsOn: (kind: EvidenceTarget, id: string): readonly Attachment[] =>
      attachments().get(`${kind}:${id}`) ?? [],
    addLink: (kind: EvidenceTarget, targetId: string, url: string, title: string) =>
      run(() =>
        addLink(
          doc,
          { targetKind: kind, targetId, url, title, author: deps.author, now: Date.now() },
          origin,
        ),
      ),
    removeLink: (linkId: string) => run(() => removeLink(doc, { linkId }, origin)),
    /** Puts a file the server has stored (its upload's answer) on a note or stage. */
    addAttachment: (kind: EvidenceTarget, targetId: string, file: StoredAttachment) =>
      run(() =>
        addAttachment(
          doc,
          { targetKind: kind, targetId, ...file, author: deps.author, now: Date.now() },
          origin,
        ),
      ),
    removeAttachment: (attachmentId: string) => run(() => removeAttachment(doc, { attachmentId }, origin)),
  }
}

function groupByTarget<T extends Evidence>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = `${item.targetKind}:${item.targetId}`
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}
