/**
 * The HTTP API's contract, one schema per body, query and answer, checked by the server on requests
 * and by the client on answers. A second entry point, `@jm/shared/api`, beside the main barrel.
 *
 * | Route                                            | Request                 | Answer                    |
 * | ------------------------------------------------ | ----------------------- | ------------------------- |
 * | GET    /api/health                               |                         | Health (200, 503)         |
 * | GET    /api/time                                 |                         | ServerTime                |
 * | POST   /api/boards                               | CreateBoardBody         | CreatedBoard (201)        |
 * | POST   /api/boards/import                        | ImportQuery, JSON / CSV | CreatedBoard (201)        |
 * | GET    /api/boards/:id                           |                         | BoardSummary              |
 * | DELETE /api/boards/:id                           |                         | 204, no body              |
 * | GET    /api/boards/:id/state                     |                         | Yjs update (binary)       |
 * | GET    /api/boards/:id/actions                   |                         | BoardActionList           |
 * | GET    /api/boards/:id/people                    |                         | PeopleList                |
 * | GET    /api/boards/:id/export                    | ExportQuery             | the file (binary or text) |
 * | POST   /api/boards/:id/attachments               | UploadAttachmentQuery, bytes | StoredAttachment (201) |
 * | GET    /api/boards/:id/attachments/:hash         | AttachmentParams        | the file (binary)         |
 * | POST   /api/boards/:id/join                      | JoinBody                | Joined                    |
 * | GET    /api/boards/:id/links                     |                         | ShareLinks                |
 * | POST   /api/boards/:id/links/:role/rotate        | RotateLinkParams        | RotatedLink               |
 * | GET    /api/boards/:id/versions                  |                         | VersionList               |
 * | POST   /api/boards/:id/versions                  | SaveVersionBody         | VersionMeta (201)         |
 * | GET    /api/boards/:id/versions/:version         |                         | Yjs update (binary)       |
 * | POST   /api/boards/:id/versions/:version/restore |                         | RestoredVersion           |
 * | POST   /api/workspaces                           | CreateWorkspaceBody     | CreatedWorkspace (201)    |
 * | GET    /api/workspaces/:id                       |                         | WorkspaceInfo             |
 * | POST   /api/workspaces/:id/links/:role/rotate    | RotateWorkspaceLinkParams | RotatedWorkspaceLink    |
 * | GET    /api/workspaces/:id/boards                | DirectoryQuery          | WorkspaceBoardList        |
 * | POST   /api/workspaces/:id/boards/:boardId/open  |                         | OpenedBoard               |
 * | POST   /api/workspaces/:id/boards/:boardId/archive |                       | ArchivedBoard             |
 * | POST   /api/workspaces/:id/boards/:boardId/restore |                       | ArchivedBoard             |
 * | POST   /api/workspaces/:id/boards/:boardId/remap |  RemapBody              | CreatedBoard (201)        |
 * | GET    /api/workspaces/:id/search                | SearchQuery             | SearchAnswer              |
 * | GET    /api/workspaces/:id/actions               | WorkspaceActionsQuery   | WorkspaceActionList       |
 * | GET    /api/workspaces/:id/people                |                         | PeopleList                |
 * | POST   /api/workspaces/:id/webhooks              | CreateWebhookBody       | CreatedWebhook (201)      |
 * | GET    /api/workspaces/:id/webhooks              |                         | WebhookList               |
 * | DELETE /api/workspaces/:id/webhooks/:hookId      |                         | 204, no body              |
 * | GET    /api/workspaces/:id/webhooks/:hookId/deliveries |                  | WebhookDeliveryList       |
 *
 * Every refusal or failure answers an ErrorAnswer. Routes under `:id` take a token of that board
 * (`Authorization: Bearer …` or `?token=…`; see TokenClaims): 401 without one, 410 for a deleted board, 403 for a
 * role that may not. Routes under `/api/workspaces/:id` take a workspace token (WorkspaceClaims): 404
 * for an unknown workspace, 401 without a valid token, 403 for another workspace's token or a role
 * that may not. `POST /api/boards` and `/api/boards/import` with a workspace token create the board
 * in that workspace. The workspace schemas have their own entry point, `@jm/shared/api/workspaces`:
 * re-exported here they would be reachable from the board's first load, and the bundler then moves
 * them (and the modules they share with the board) into chunks the board loads.
 */

export { BoardActionItem, BoardActionList, DigestedAction, toBoardActionItem } from './actions.ts'
export {
  AttachmentHash,
  AttachmentParams,
  StoredAttachment,
  UploadAttachmentQuery,
} from './attachments.ts'
export {
  BoardSummary,
  CreateBoardBody,
  CreatedBoard,
  JoinBody,
  Joined,
} from './boards.ts'
export { readClaims, TokenClaims } from './claims.ts'
export { ErrorAnswer, ImportIssue } from './errors.ts'
export { EXPORT_FORMATS, type ExportFormat, ExportQuery, ImportQuery } from './importExport.ts'
export { RotatedLink, RotateLinkParams, ShareLinks } from './links.ts'
export { PeopleList } from './people.ts'
export { Health, ServerTime } from './server.ts'
export { type Schema, type Validated, validate } from './validate.ts'
export { RestoredVersion, SaveVersionBody, VersionList, VersionMeta } from './versions.ts'
