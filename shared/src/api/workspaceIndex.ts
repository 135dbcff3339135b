/** `@jm/shared/api/workspaces`: the workspace routes' schemas (see index.ts for why apart). */
export {
  CreatedWebhook,
  CreateWebhookBody,
  MAX_WEBHOOKS_PER_WORKSPACE,
  WEBHOOK_EVENTS,
  WEBHOOK_FORMATS,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryList,
  type WebhookEventType,
  type WebhookFormat,
  WebhookList,
  WebhookParams,
} from './webhooks.ts'
export { WorkspaceActionItem, WorkspaceActionList, WorkspaceActionsQuery } from './workspaceActions.ts'
export { readWorkspaceClaims, WorkspaceClaims } from './workspaceClaims.ts'
export {
  ArchivedBoard,
  CreatedWorkspace,
  CreateWorkspaceBody,
  DirectoryQuery,
  MAX_SEARCH_QUERY,
  OpenedBoard,
  RemapBody,
  RotatedWorkspaceLink,
  RotateWorkspaceLinkParams,
  SearchAnswer,
  SearchHit,
  SearchQuery,
  WorkspaceBoard,
  WorkspaceBoardList,
  WorkspaceBoardParams,
  WorkspaceInfo,
  WorkspaceRoleSchema,
} from './workspaces.ts'
