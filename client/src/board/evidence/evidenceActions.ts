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
import { createMemo, createSignal, onCleanup } from 'solid-js'
import type * as Y from 'yjs'
import { afterNextPaint } from '../../sync/afterNextPaint.ts'
import { attempt } from '../attempt.ts'
import type { Uploader, UploadStatus } from './uploads.ts'

export type EvidenceActions = ReturnType<typeof createEvidenceActions>

/** How often files kept offline are offered to the server again. */
const RETRY_MS = 5_000

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
  const [uploadStatus, setStatus] = createSignal<UploadStatus | null>(null)
  const [waiting, setWaiting] = createSignal<ReadonlySet<string>>(new Set())
  let uploader: Promise<Uploader> | undefined
  // Loaded when first needed, outside the board's first load.
  const uploads = () => {
    uploader ??= import('./uploads.ts').then(({ createUploader }) =>
      createUploader({ boardId: deps.boardId, token: deps.token, setStatus, setWaiting }),
    )
    return uploader
  }
  const flush = () =>
    void uploads()
      .then((loaded) => loaded.flush())
      .catch((error: unknown) => console.warn('files waiting to upload stay waiting', error))
  // Files an earlier visit left waiting; after the first frame, which should not wait for them.
  afterNextPaint(() => {
    if (deps.canEdit()) flush()
  })
  const retry = setInterval(() => {
    if (waiting().size > 0) flush()
  }, RETRY_MS)
  addEventListener('online', flush)
  onCleanup(() => {
    clearInterval(retry)
    removeEventListener('online', flush)
  })
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
    /** Whether the file is kept in this browser, waiting to be uploaded. */
    isWaiting: (hash: string) => waiting().has(hash),
    waitingFile: async (hash: string) =>
      waiting().has(hash) ? (await uploads()).waitingFile(hash) : undefined,
    /** Uploads files (picked, dropped or pasted) and puts each on a note or stage, offline too. */
    attachFiles: (kind: EvidenceTarget, targetId: string, files: readonly File[]) => {
      if (!deps.canEdit()) return Promise.resolve()
      return uploads().then((loaded) =>
        loaded.attachFiles(files, (stored) =>
          run(() =>
            addAttachment(
              doc,
              { targetKind: kind, targetId, ...stored, author: deps.author, now: Date.now() },
              origin,
            ),
          ),
        ),
      )
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
