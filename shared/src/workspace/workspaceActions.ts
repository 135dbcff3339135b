import type { WorkspaceActionItem, WorkspaceActionsQuery } from '../api/workspaceActions.ts'
import { ACTION_STATUSES, isOverdue } from '../schema/action.ts'

/**
 * The actions of a workspace's boards that a query asks for, open work first, then by due date
 * (undated last), then most impact per effort. `today` is the asker's calendar day (YYYY-MM-DD).
 */
export function selectWorkspaceActions(
  actions: readonly WorkspaceActionItem[],
  query: WorkspaceActionsQuery,
  today: string,
): WorkspaceActionItem[] {
  const owner = query.owner?.trim().toLowerCase()
  const stage = query.stage?.trim().toLowerCase()
  return actions
    .filter(
      (action) =>
        (!owner || action.owner.trim().toLowerCase() === owner) &&
        (!query.status || action.status === query.status) &&
        (!stage || action.stages.some((name) => name.toLowerCase().includes(stage))) &&
        (!query.mapType || action.mapType === query.mapType) &&
        (query.due !== 'overdue' || isOverdue(action, today)) &&
        (query.due !== 'none' || action.due === ''),
    )
    .sort(
      (a, b) =>
        ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status) ||
        (a.due || '9999').localeCompare(b.due || '9999') ||
        b.impact / b.effort - a.impact / a.effort ||
        a.boardTitle.localeCompare(b.boardTitle) ||
        a.id.localeCompare(b.id),
    )
}
