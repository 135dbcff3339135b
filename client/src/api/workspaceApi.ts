import { type CreateBoardBody, CreatedBoard, PeopleList } from '@jm/shared/api'
import {
  ArchivedBoard,
  CreatedWebhook,
  CreatedWorkspace,
  type CreateWebhookBody,
  type CreateWorkspaceBody,
  OpenedBoard,
  SearchAnswer,
  WebhookDeliveryList,
  WebhookList,
  WorkspaceActionList,
  WorkspaceBoardList,
  WorkspaceInfo,
} from '@jm/shared/api/workspaces'
import { answer, json, send } from './apiClient.ts'

const workspacePath = (id: string, rest = '') => `/workspaces/${encodeURIComponent(id)}${rest}`
const boardOf = (id: string, board: string, action: string) =>
  workspacePath(id, `/boards/${encodeURIComponent(board)}/${action}`)

/**
 * The workspace calls (contract: @jm/shared/api, workspaces.ts), through the app's one fetch in
 * apiClient.ts. Loaded with the workspace page, never with a board. Calls take a workspace token.
 */
export const workspaceApi = {
  create: (body: CreateWorkspaceBody) =>
    answer(CreatedWorkspace, '/workspaces', { method: 'POST', body: json(body) }),

  info: (id: string, token: string) => answer(WorkspaceInfo, workspacePath(id), { token }),

  boards: (id: string, token: string, archived: 'false' | 'true' | 'all') =>
    answer(WorkspaceBoardList, workspacePath(id, `/boards?archived=${archived}`), { token }),

  /** A new board inside the workspace: the workspace token goes with the usual create call. */
  createBoard: (token: string, body: CreateBoardBody) =>
    answer(CreatedBoard, '/boards', { method: 'POST', token, body: json(body) }),

  open: (id: string, token: string, board: string) =>
    answer(OpenedBoard, boardOf(id, board, 'open'), { method: 'POST', token }),

  setArchived: (id: string, token: string, board: string, archived: boolean) =>
    answer(ArchivedBoard, boardOf(id, board, archived ? 'archive' : 'restore'), { method: 'POST', token }),

  /** A new board of that board's structure (the next quarter's map), linked back to it. */
  remap: (id: string, token: string, board: string) =>
    answer(CreatedBoard, boardOf(id, board, 'remap'), { method: 'POST', token, body: json({}) }),

  /** Every action of the workspace's boards that are not archived (the page filters them itself). */
  actions: (id: string, token: string) =>
    answer(WorkspaceActionList, workspacePath(id, '/actions'), { token }),

  webhooks: (id: string, token: string) => answer(WebhookList, workspacePath(id, '/webhooks'), { token }),

  addWebhook: (id: string, token: string, body: CreateWebhookBody) =>
    answer(CreatedWebhook, workspacePath(id, '/webhooks'), { method: 'POST', token, body: json(body) }),

  removeWebhook: async (id: string, token: string, hook: string) => {
    await send(workspacePath(id, `/webhooks/${encodeURIComponent(hook)}`), { method: 'DELETE', token })
  },

  deliveries: (id: string, token: string, hook: string) =>
    answer(WebhookDeliveryList, workspacePath(id, `/webhooks/${encodeURIComponent(hook)}/deliveries`), {
      token,
    }),

  people: (id: string, token: string) => answer(PeopleList, workspacePath(id, '/people'), { token }),

  search: (id: string, token: string, q: string, signal?: AbortSignal) =>
    answer(SearchAnswer, workspacePath(id, `/search?q=${encodeURIComponent(q)}`), { token, signal }),
}
