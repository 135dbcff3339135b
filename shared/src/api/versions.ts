import * as v from 'valibot'
import { MAX_VERSION_NAME } from '../limits.ts'

/**
 * A named snapshot of a board's content and canvas ("after workshop 1"). `GET
 * /api/boards/:id/versions/:version` answers its content as a Yjs update, to load read-only or compare.
 */
export const VersionMeta = v.object({
  id: v.string(),
  board: v.string(),
  name: v.string(),
  createdAt: v.number(),
  /** Display name of the facilitator who saved it. */
  author: v.string(),
})
export type VersionMeta = v.InferOutput<typeof VersionMeta>

/** `GET /api/boards/:id/versions` (any role): newest first. */
export const VersionList = v.object({ versions: v.array(VersionMeta) })
export type VersionList = v.InferOutput<typeof VersionList>

/** `POST /api/boards/:id/versions` (facilitator); answered 201 with the VersionMeta. */
export const SaveVersionBody = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_VERSION_NAME)),
})
export type SaveVersionBody = v.InferOutput<typeof SaveVersionBody>

/** `POST /api/boards/:id/versions/:version/restore` (facilitator): the id of the version restored. */
export const RestoredVersion = v.object({ restored: v.string() })
export type RestoredVersion = v.InferOutput<typeof RestoredVersion>
