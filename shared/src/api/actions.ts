import * as v from 'valibot'
import { ACTION_STATUSES, type Action } from '../schema/action.ts'

const ActionFields = {
  id: v.string(),
  title: v.string(),
  status: v.picklist(ACTION_STATUSES),
  owner: v.string(),
  /** YYYY-MM-DD, or '' for none. */
  due: v.string(),
  impact: v.number(),
  effort: v.number(),
  /** The notes it addresses (only notes that still exist). */
  noteIds: v.array(v.string()),
}

/** One action of a board as outside tools (issue trackers, dashboards) read it. */
export const BoardActionItem = v.object({ ...ActionFields, boardId: v.string() })
export type BoardActionItem = v.InferOutput<typeof BoardActionItem>

/** `GET /api/boards/:id/actions` (any role): the board's actions in list order (open work first). */
export const BoardActionList = v.object({ actions: v.array(BoardActionItem) })
export type BoardActionList = v.InferOutput<typeof BoardActionList>

export function toBoardActionItem(action: Action, boardId: string): BoardActionItem {
  const { id, title, status, owner, due, impact, effort, noteIds } = action
  return { id, title, status, owner, due, impact, effort, noteIds, boardId }
}

/**
 * An action as a workspace board's directory summary keeps it (the server digests a board after its
 * changes are stored), with the names of the stages its notes are in.
 */
export const DigestedAction = v.object({ ...ActionFields, stages: v.array(v.string()) })
export type DigestedAction = v.InferOutput<typeof DigestedAction>
