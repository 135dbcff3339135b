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
import { createMemo, createSignal } from 'solid-js'
import type * as Y from 'yjs'
import { ApiError, api } from '../../api/apiClient.ts'
import { attempt } from '../attempt.ts'

export type EvidenceActions = ReturnType<typeof createEvidenceActions>

/** The last file sent to the board: on its way, or refused (413 too large, 415 not accepted) or failed. */
export interface UploadStatus {
  name: string
  state: 'uploading' | 'too-large' | 'not-accepted' | 'failed'
}

const REFUSALS: Record<number, UploadStatus['state']> = { 413: 'too-large', 415: 'not-accepted' }

/**
 * Links and attachments of notes and stages: what each has (grouped once, so every note card finds
 * its own without scanning them all) and the operations, bound to this session and refused for
 * viewers. Each change is its own undo step.
 */
export function createEvidenceActions(deps: {
  doc: Y.Doc
  origin: LocalOrigin
  board: BoardView
  boardId: string
  token: string
  author: string
  canEdit: () => boolean
  stopCapturing: () => void
}) {
  const { doc, origin } = deps
  const links = createMemo(() => groupByTarget(deps.board.links))
  const attachments = createMemo(() => groupByTarget(deps.board.attachments))
  const [uploadStatus, setUploadStatus] = createSignal<UploadStatus | null>(null)
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
    uploadStatus,
    /** Uploads files one after another (picked, dropped or pasted) and puts each on a note or stage. */
    attachFiles: async (kind: EvidenceTarget, targetId: string, files: readonly File[]) => {
      if (!deps.canEdit()) return
      for (const file of files) {
        setUploadStatus({ name: file.name, state: 'uploading' })
        let stored: StoredAttachment
        try {
          stored = await api.uploadAttachment(deps.boardId, deps.token, file)
        } catch (error) {
          const state = (error instanceof ApiError && REFUSALS[error.status]) || 'failed'
          setUploadStatus({ name: file.name, state })
          continue
        }
        run(() =>
          addAttachment(
            doc,
            { targetKind: kind, targetId, ...stored, author: deps.author, now: Date.now() },
            origin,
          ),
        )
        setUploadStatus(null)
      }
    },
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
