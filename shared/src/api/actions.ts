import * as v from 'valibot'
import { ACTION_STATUSES } from '../schema/action.ts'

/** One action of a board as outside tools (issue trackers, dashboards) read it. */
export const BoardActionItem = v.object({
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
  boardId: v.string(),
})
export type BoardActionItem = v.InferOutput<typeof BoardActionItem>

/** `GET /api/boards/:id/actions` (any role): the board's actions in list order (open work first). */
export const BoardActionList = v.object({ actions: v.array(BoardActionItem) })
export type BoardActionList = v.InferOutput<typeof BoardActionList>
