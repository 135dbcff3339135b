/**
 * `@jm/shared/workspaces`: workspace roles and the board digest behind the directory and search. An
 * entry point of its own, not in the main barrel: the client's board never needs it, and what the
 * main barrel reaches is bundled with the board's first load.
 */
export {
  boardRoleFor,
  WORKSPACE_CAPABILITIES,
  WORKSPACE_ROLES,
  type WorkspaceCapability,
  type WorkspaceRole,
  workspaceCan,
  workspaceRolesThatCan,
} from '../access/workspaceCapabilities.ts'
export { boardStructure } from './boardStructure.ts'
export {
  type BoardDigest,
  type BoardSummaryFields,
  digestBoard,
  SEARCH_KINDS,
  type SearchEntry,
  type SearchKind,
} from './digestBoard.ts'
export { type NotableChange, notableChanges } from './notableChanges.ts'
export { selectWorkspaceActions } from './workspaceActions.ts'
