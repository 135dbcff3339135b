import * as v from 'valibot'
import { isBoardId } from '../access/rooms.ts'
import { WORKSPACE_ROLES } from '../access/workspaceCapabilities.ts'
import { MAX_NAME_LENGTH } from '../limits.ts'
import { SUPPORTED_LOCALES } from '../schema/board.ts'
import { RoleSchema } from './roles.ts'

export const WorkspaceRoleSchema = v.picklist(WORKSPACE_ROLES)

const StringPerWorkspaceRole = v.object({ owner: v.string(), member: v.string() })

/** `POST /api/workspaces`: a name (trimmed, 1-200 characters) and the language of its boards. */
export const CreateWorkspaceBody = v.object({
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1),
    v.maxLength(MAX_NAME_LENGTH),
    v.check((name) => !name.includes('\u0000'), 'name must not contain NUL'),
  ),
  locale: v.optional(v.picklist(SUPPORTED_LOCALES)),
})
export type CreateWorkspaceBody = v.InferOutput<typeof CreateWorkspaceBody>

/** 201 to `POST /api/workspaces`: a token and a link (`/w/<id>#token=…`) per workspace role. */
export const CreatedWorkspace = v.object({
  id: v.string(),
  name: v.string(),
  tokens: StringPerWorkspaceRole,
  links: StringPerWorkspaceRole,
})
export type CreatedWorkspace = v.InferOutput<typeof CreatedWorkspace>

/** `GET /api/workspaces/:id` (owner, member): what the workspace page shows above its boards. */
export const WorkspaceInfo = v.object({
  id: v.string(),
  name: v.string(),
  locale: v.picklist(SUPPORTED_LOCALES),
  role: WorkspaceRoleSchema,
  boardCount: v.number(),
  maxBoards: v.number(),
  /** The owner's view only: both current links, for sharing the workspace. */
  links: v.optional(StringPerWorkspaceRole),
})
export type WorkspaceInfo = v.InferOutput<typeof WorkspaceInfo>

/** `POST /api/workspaces/:id/links/:role/rotate` (owner): every earlier link of that role stops working. */
export const RotateWorkspaceLinkParams = v.object({ role: WorkspaceRoleSchema })
export const RotatedWorkspaceLink = v.object({
  role: WorkspaceRoleSchema,
  token: v.string(),
  link: v.string(),
})
export type RotatedWorkspaceLink = v.InferOutput<typeof RotatedWorkspaceLink>

/** One card of the directory: the board's summary as the server last stored it. */
export const WorkspaceBoard = v.object({
  id: v.string(),
  title: v.string(),
  mapType: v.string(),
  template: v.string(),
  locale: v.string(),
  persona: v.string(),
  segment: v.string(),
  noteCount: v.number(),
  openPainPoints: v.number(),
  ownerDepartments: v.array(v.string()),
  /** Actions neither done nor dropped. */
  openActions: v.number(),
  createdAt: v.number(),
  /** When its last update was stored (ms). */
  updatedAt: v.number(),
  /** The name the last writer joined with, when known. */
  lastEditor: v.optional(v.string()),
  archived: v.boolean(),
  /** The board this one was re-mapped from (`…/remap`), for comparing quarters. */
  previousBoard: v.optional(v.string()),
})
export type WorkspaceBoard = v.InferOutput<typeof WorkspaceBoard>

/** `GET /api/workspaces/:id/boards?archived=false|true|all` (owner, member); default: not archived. */
export const DirectoryQuery = v.object({ archived: v.optional(v.picklist(['false', 'true', 'all'])) })
export type DirectoryQuery = v.InferOutput<typeof DirectoryQuery>

export const WorkspaceBoardList = v.object({ boards: v.array(WorkspaceBoard) })
export type WorkspaceBoardList = v.InferOutput<typeof WorkspaceBoardList>

/** Path parameters of the routes about one board of a workspace. */
export const WorkspaceBoardParams = v.object({
  id: v.string(),
  boardId: v.pipe(v.string(), v.check(isBoardId, 'not a board id')),
})

/** `POST /api/workspaces/:id/boards/:boardId/open`: a board token of the role the workspace role gives. */
export const OpenedBoard = v.object({ id: v.string(), role: RoleSchema, token: v.string(), link: v.string() })
export type OpenedBoard = v.InferOutput<typeof OpenedBoard>

/** `POST .../archive` and `.../restore` (owner, or that board's facilitator token). */
export const ArchivedBoard = v.object({ id: v.string(), archived: v.boolean() })
export type ArchivedBoard = v.InferOutput<typeof ArchivedBoard>

/** `POST /api/workspaces/:id/boards/:boardId/remap` (owner, member): a new board of its structure. */
export const RemapBody = v.object({
  title: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_NAME_LENGTH))),
})
export type RemapBody = v.InferOutput<typeof RemapBody>

/** Longest search query in characters; longer ones answer 400. */
export const MAX_SEARCH_QUERY = 200

/** `GET /api/workspaces/:id/search?q=`: any text of 1-200 characters (after trimming). */
export const SearchQuery = v.object({
  q: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'q must not be empty'),
    v.maxLength(MAX_SEARCH_QUERY),
    v.check((q) => !q.includes('\u0000'), 'q must not contain NUL'),
  ),
})
export type SearchQuery = v.InferOutput<typeof SearchQuery>

export const SearchHit = v.object({
  boardId: v.string(),
  boardTitle: v.string(),
  kind: v.picklist(['board', 'stage', 'note', 'comment', 'persona']),
  /** The entity's id (the board's own id for kind `board`). */
  id: v.string(),
  /** The text around the first match. */
  snippet: v.string(),
  archived: v.boolean(),
})
export type SearchHit = v.InferOutput<typeof SearchHit>

export const SearchAnswer = v.object({ hits: v.array(SearchHit) })
export type SearchAnswer = v.InferOutput<typeof SearchAnswer>
