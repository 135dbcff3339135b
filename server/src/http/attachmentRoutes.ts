import { createHash } from 'node:crypto'
import { isImageType, nameFitsType, ROLES, rolesThatCan, sniffFileType } from '@jm/shared'
import {
  AttachmentParams,
  type ErrorAnswer,
  type StoredAttachment,
  UploadAttachmentQuery,
} from '@jm/shared/api'
import { Hono } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { Logger } from '../log.ts'
import type { BlobInfo } from '../storage/BlobStore.ts'
import type { Storage } from '../storage/DocStore.ts'
import type { WorkspaceDirectory } from '../workspaces/WorkspaceDirectory.ts'
import { type AuthEnv, requireBoardRole } from './boardAuth.ts'
import { refuseWhileArchived } from './refuseWhileArchived.ts'
import { parseParams, parseQuery } from './validate.ts'

export interface AttachmentRoutesDeps {
  storage: Storage
  signer: TokenSigner
  /** All attachments of one board together; the cap on one file is a body limit (hardening.ts). */
  maxBoardBytes: number
  log: Logger
  directory: WorkspaceDirectory
}

/**
 * Files on a board (`/api/boards/:id/attachments`): editors and facilitators upload the raw bytes,
 * every role of the board downloads them by hash. The type comes from the content (fileType.ts):
 * what is not an accepted type, or whose name claims another, is refused with 415. Files are served
 * with the type found, never sniffed by the browser, and only images inline.
 */
export function attachmentRoutes(deps: AttachmentRoutesDeps): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>()
  const editors = requireBoardRole(deps.signer, deps.storage, rolesThatCan('editContent'))
  const anyone = requireBoardRole(deps.signer, deps.storage, ROLES)
  const refuse = (error: string) => ({ error }) satisfies ErrorAnswer

  routes.post('/:id/attachments', editors, refuseWhileArchived(deps.directory), async (c) => {
    const query = parseQuery(c, UploadAttachmentQuery)
    if (!query.ok) return query.response
    const { name } = query.value
    const data = new Uint8Array(await c.req.arrayBuffer())
    if (data.byteLength === 0) return c.json(refuse('the file is empty'), 400)
    const sniffed = sniffFileType(data, name)
    if ('refused' in sniffed) return c.json(refuse(`this file is not accepted: ${sniffed.refused}`), 415)
    if (!nameFitsType(name, sniffed.type))
      return c.json(refuse(`the file's content is ${sniffed.type}, not what its name "${name}" says`), 415)
    const hash = createHash('sha256').update(data).digest('hex')
    const blob: BlobInfo = {
      hash,
      size: data.byteLength,
      type: sniffed.type,
      name: name || hash.slice(0, 12),
    }
    const board = c.req.param('id')
    const stored = await deps.storage.putBlob(board, blob, data, deps.maxBoardBytes)
    if (!stored)
      return c.json(
        refuse(`the board's attachments would be over the ${deps.maxBoardBytes}-byte limit for one board`),
        413,
      )
    deps.log.info('attachment stored', { board, hash, bytes: blob.size, type: blob.type })
    return c.json(stored satisfies StoredAttachment, 201)
  })

  routes.get('/:id/attachments/:hash', anyone, async (c) => {
    const params = parseParams(c, AttachmentParams)
    if (!params.ok) return params.response
    const found = await deps.storage.getBlob(c.req.param('id'), params.value.hash)
    if (!found) return c.json(refuse('this board has no such attachment'), 404)
    const { blob, data } = found
    return c.body(data.slice().buffer, 200, {
      'content-type': blob.type.startsWith('text/') ? `${blob.type}; charset=utf-8` : blob.type,
      'content-disposition': contentDisposition(isImageType(blob.type) ? 'inline' : 'attachment', blob.name),
      'x-content-type-options': 'nosniff',
      // The content of a hash never changes; private, since only holders of the board's tokens may see it.
      'cache-control': 'private, max-age=86400',
    })
  })
  return routes
}

/** RFC 6266: an ASCII fallback for old clients, and the real name percent-encoded (RFC 5987). */
function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_')
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
