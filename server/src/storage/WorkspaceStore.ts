import type { BoardSummaryFields, SearchEntry, SearchKind, WorkspaceRole } from '@jm/shared/workspaces'

export interface WorkspaceRecord {
  id: string
  name: string
  locale: string
  createdAt: number
  /** Link generation per workspace role; rotating a role's link bumps it. */
  linkGen: Record<WorkspaceRole, number>
}

/** Where a board lives: its workspace and whether it is archived (read-only, out of the default list). */
export interface BoardPlacement {
  workspace: string
  archived: boolean
}

/** A board of a workspace as the directory lists it. */
export interface DirectoryEntry extends BoardPlacement, BoardSummaryFields {
  board: string
  createdAt: number
  updatedAt: number
  lastEditor?: string
  /** The board this one was re-mapped from. */
  previousBoard?: string
}

export interface SearchRow {
  board: string
  boardTitle: string
  archived: boolean
  kind: SearchKind
  item: string
  text: string
}

/** Whole directory of a workspace is listed at once, so it is capped; documented in the README. */
export const MAX_BOARDS_PER_WORKSPACE = 1000
/** Search answers at most this many hits, best first. */
export const MAX_SEARCH_HITS = 50

/**
 * Workspaces, the boards in them with each board's summary, and the search index over their
 * texts. The summary and the index are written together by `saveDigest` after a board's updates
 * are stored, so listing and searching never read board documents.
 */
export interface WorkspaceStore {
  createWorkspace(record: WorkspaceRecord): Promise<boolean>
  getWorkspace(id: string): Promise<WorkspaceRecord | null>
  setWorkspaceLinkGen(id: string, role: WorkspaceRole, gen: number): Promise<void>
  /** Puts a new board into a workspace, with its first summary and search texts. */
  placeBoard(entry: DirectoryEntry, texts: SearchEntry[]): Promise<void>
  placementOf(board: string): Promise<BoardPlacement | null>
  setArchived(board: string, archived: boolean): Promise<void>
  /** Newest change first; `archived` undefined lists both. */
  listBoards(workspace: string, archived: boolean | undefined): Promise<DirectoryEntry[]>
  countBoards(workspace: string): Promise<number>
  /**
   * Replaces a board's summary and search texts (only changed texts are rewritten, so the cost
   * follows the edit, not the board). A board not in a workspace is ignored.
   */
  saveDigest(
    board: string,
    summary: BoardSummaryFields,
    texts: SearchEntry[],
    change: { updatedAt: number; lastEditor?: string },
  ): Promise<void>
  /** Texts of the workspace's boards containing `query` (any case), at most MAX_SEARCH_HITS. */
  search(workspace: string, query: string): Promise<SearchRow[]>
  /** Drops a deleted board's directory entry and search texts. */
  forgetBoard(board: string): Promise<void>
}
