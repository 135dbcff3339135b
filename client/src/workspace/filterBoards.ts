import type { WorkspaceBoard } from '@jm/shared/api/workspaces'

/** What the directory shows: '' means any value; `withinDays` 0 means any time. */
export interface DirectoryFilter {
  mapType: string
  persona: string
  template: string
  department: string
  withinDays: number
}

export const NO_FILTER: DirectoryFilter = {
  mapType: '',
  persona: '',
  template: '',
  department: '',
  withinDays: 0,
}

export const DIRECTORY_SORTS = ['updated', 'title', 'pains', 'notes'] as const
export type DirectorySort = (typeof DIRECTORY_SORTS)[number]

const DAY_MS = 24 * 60 * 60 * 1000

const ORDER: Record<DirectorySort, (a: WorkspaceBoard, b: WorkspaceBoard) => number> = {
  updated: (a, b) => b.updatedAt - a.updatedAt,
  title: (a, b) => a.title.localeCompare(b.title),
  pains: (a, b) => b.openPainPoints - a.openPainPoints || b.updatedAt - a.updatedAt,
  notes: (a, b) => b.noteCount - a.noteCount || b.updatedAt - a.updatedAt,
}

/** The cards that pass every filter, in the chosen order. */
export function filterBoards(
  boards: readonly WorkspaceBoard[],
  filter: DirectoryFilter,
  sort: DirectorySort,
  now: number,
): WorkspaceBoard[] {
  const since = filter.withinDays > 0 ? now - filter.withinDays * DAY_MS : -Infinity
  return boards
    .filter(
      (board) =>
        (!filter.mapType || board.mapType === filter.mapType) &&
        (!filter.persona || board.persona === filter.persona) &&
        (!filter.template || board.template === filter.template) &&
        (!filter.department || board.ownerDepartments.includes(filter.department)) &&
        board.updatedAt >= since,
    )
    .sort(ORDER[sort])
}

/** The values present among the boards, for the filters' choices (sorted, empty ones left out). */
export function facets(boards: readonly WorkspaceBoard[]) {
  const distinct = (values: string[]) =>
    [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b))
  return {
    mapTypes: distinct(boards.map((board) => board.mapType)),
    personas: distinct(boards.map((board) => board.persona)),
    templates: distinct(boards.map((board) => board.template)),
    departments: distinct(boards.flatMap((board) => board.ownerDepartments)),
  }
}
