import * as v from 'valibot'
import { ACTION_STATUSES } from '../schema/action.ts'
import { MAP_TYPES } from '../schema/map.ts'
import { DigestedAction } from './actions.ts'

/** One action across a workspace: a board's action with the board's title and map type. */
export const WorkspaceActionItem = v.object({
  ...DigestedAction.entries,
  boardId: v.string(),
  boardTitle: v.string(),
  mapType: v.string(),
})
export type WorkspaceActionItem = v.InferOutput<typeof WorkspaceActionItem>

/**
 * `GET /api/workspaces/:id/actions` (owner, member): the actions of the workspace's boards that are
 * not archived, open work first, filtered by owner (exact, any case), status, stage (part of its
 * name), map type and due (`overdue` before `today`, the asker's calendar day; `none` without a date).
 */
export const WorkspaceActionsQuery = v.object({
  owner: v.optional(v.string()),
  status: v.optional(v.picklist(ACTION_STATUSES)),
  stage: v.optional(v.string()),
  mapType: v.optional(v.picklist(MAP_TYPES)),
  due: v.optional(v.picklist(['overdue', 'none'])),
  today: v.optional(v.pipe(v.string(), v.isoDate())),
})
export type WorkspaceActionsQuery = v.InferOutput<typeof WorkspaceActionsQuery>

export const WorkspaceActionList = v.object({ actions: v.array(WorkspaceActionItem) })
export type WorkspaceActionList = v.InferOutput<typeof WorkspaceActionList>
