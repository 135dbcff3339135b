import { canvasRoomName, newId, ROLES, restoreDoc, rolesThatCan, ServerOrigin } from '@jm/shared'
import { type RestoredVersion, SaveVersionBody, type VersionList, type VersionMeta } from '@jm/shared/api'
import { Hono } from 'hono'
import * as Y from 'yjs'
import type { TokenSigner } from '../auth/tokens.ts'
import type { Logger } from '../log.ts'
import type { RoomRegistry } from '../relay/RoomRegistry.ts'
import type { Storage } from '../storage/DocStore.ts'
import type { WorkspaceDirectory } from '../workspaces/WorkspaceDirectory.ts'
import { binaryBody } from './binaryBody.ts'
import { type AuthEnv, requireBoardRole } from './boardAuth.ts'
import { refuseWhileArchived } from './refuseWhileArchived.ts'
import { parseJsonBody } from './validate.ts'

export interface VersionRoutesDeps {
  storage: Storage
  signer: TokenSigner
  rooms: RoomRegistry
  log: Logger
  now: () => number
  directory: WorkspaceDirectory
}

const RESTORE_ORIGIN = new ServerOrigin('restore-version')

/**
 * Named versions of a board (`/api/boards/:id/versions`): its content and its canvas. A facilitator
 * saves one; anyone lists and opens them (the content as a Yjs update to load read-only or compare);
 * a facilitator restores one in place, content and canvas, which is a new change (see restoreDoc)
 * that merges with edits made meanwhile or offline.
 */

export function versionRoutes(deps: VersionRoutesDeps): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>()
  const facilitator = requireBoardRole(deps.signer, deps.storage, rolesThatCan('manageVersions'))
  const anyone = requireBoardRole(deps.signer, deps.storage, ROLES)

  routes.get('/:id/versions', anyone, async (c) =>
    c.json({ versions: await deps.storage.listVersions(c.req.param('id')) } satisfies VersionList),
  )

  routes.post('/:id/versions', facilitator, async (c) => {
    const body = await parseJsonBody(c, SaveVersionBody)
    if (!body.ok) return body.response
    const board = c.req.param('id')
    const snapshot = await deps.rooms.read(board, (doc) => Y.encodeStateAsUpdate(doc))
    const canvas = await deps.rooms.read(canvasRoomName(board), (doc) =>
      doc.store.clients.size > 0 ? Y.encodeStateAsUpdate(doc) : null,
    )
    const meta: VersionMeta = {
      id: newId(12),
      board,
      name: body.value.name,
      createdAt: deps.now(),
      author: c.get('claims').name ?? '',
    }
    await deps.storage.saveVersion(meta, snapshot, canvas)
    deps.log.info('version saved', { board, version: meta.id, bytes: snapshot.byteLength })
    return c.json(meta, 201)
  })

  routes.get('/:id/versions/:version', anyone, async (c) => {
    const snapshot = await deps.storage.getVersion(c.req.param('id'), c.req.param('version'))
    if (!snapshot) return c.json({ error: 'no such version' }, 404)
    return binaryBody(c, snapshot)
  })

  const restoreRoom = async (room: string, snapshot: Uint8Array) => {
    const version = new Y.Doc()
    Y.applyUpdate(version, snapshot)
    await deps.rooms.change(room, (doc) => restoreDoc(doc, version, RESTORE_ORIGIN), RESTORE_ORIGIN)
    version.destroy()
  }

  routes.post(
    '/:id/versions/:version/restore',
    facilitator,
    refuseWhileArchived(deps.directory),
    async (c) => {
      const board = c.req.param('id')
      const snapshot = await deps.storage.getVersion(board, c.req.param('version'))
      if (!snapshot) return c.json({ error: 'no such version' }, 404)
      await restoreRoom(board, snapshot)
      const canvas = await deps.storage.getVersionCanvas(board, c.req.param('version'))
      if (canvas) await restoreRoom(canvasRoomName(board), canvas)
      deps.log.info('version restored', { board, version: c.req.param('version') })
      return c.json({ restored: c.req.param('version') } satisfies RestoredVersion)
    },
  )

  return routes
}
