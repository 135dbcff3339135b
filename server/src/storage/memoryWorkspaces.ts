import type { SearchEntry, WorkspaceRole } from '@jm/shared/workspaces'
import { memoryLinkRecords } from './memoryLinkRecords.ts'
import { textKey } from './textDiff.ts'
import {
  type DirectoryEntry,
  MAX_SEARCH_HITS,
  type WorkspaceRecord,
  type WorkspaceStore,
} from './WorkspaceStore.ts'

/** Workspaces in process memory (tests, trying the relay); search is a case-insensitive substring scan. */
export function memoryWorkspaceStore(): WorkspaceStore & { clear(): void } {
  const workspaces = memoryLinkRecords<WorkspaceRole, WorkspaceRecord>()
  const boards = new Map<string, DirectoryEntry>()
  const texts = new Map<string, Map<string, SearchEntry>>()
  const setTexts = (board: string, entries: SearchEntry[]) =>
    texts.set(board, new Map(entries.map((entry) => [textKey(entry.kind, entry.item), { ...entry }])))

  return {
    createWorkspace: workspaces.create,
    getWorkspace: workspaces.get,
    setWorkspaceLinkGen: workspaces.setLinkGen,
    async placeBoard(entry, entries) {
      if (boards.has(entry.board)) return
      boards.set(entry.board, structuredClone(entry))
      setTexts(entry.board, entries)
    },
    async placementOf(board) {
      const entry = boards.get(board)
      return entry ? { workspace: entry.workspace, archived: entry.archived } : null
    },
    async setArchived(board, archived) {
      const entry = boards.get(board)
      if (entry) entry.archived = archived
    },
    async listBoards(workspace, archived) {
      return [...boards.values()]
        .filter(
          (entry) => entry.workspace === workspace && (archived === undefined || entry.archived === archived),
        )
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .map((entry) => structuredClone(entry))
    },
    async countBoards(workspace) {
      return [...boards.values()].filter((entry) => entry.workspace === workspace).length
    },
    async saveDigest(board, summary, entries, change) {
      const entry = boards.get(board)
      if (!entry) return
      Object.assign(entry, structuredClone(summary), {
        updatedAt: change.updatedAt,
        lastEditor: change.lastEditor ?? entry.lastEditor,
      })
      setTexts(board, entries)
    },
    async search(workspace, query) {
      const needle = query.toLowerCase()
      const hits = []
      for (const entry of boards.values()) {
        if (entry.workspace !== workspace) continue
        for (const text of texts.get(entry.board)?.values() ?? []) {
          if (!text.text.toLowerCase().includes(needle)) continue
          hits.push({ board: entry.board, boardTitle: entry.title, archived: entry.archived, ...text })
          if (hits.length >= MAX_SEARCH_HITS) return hits
        }
      }
      return hits
    },
    async forgetBoard(board) {
      boards.delete(board)
      texts.delete(board)
    },
    clear() {
      workspaces.records.clear()
      boards.clear()
      texts.clear()
    },
  }
}
