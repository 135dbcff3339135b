import type { WebhookDelivery, WebhookEventType, WebhookFormat } from '@jm/shared/api/workspaces'

/** A workspace's webhook as stored, with its secret (the API shows it only when created). */
export interface WebhookRecord {
  id: string
  workspace: string
  url: string
  format: WebhookFormat
  events: WebhookEventType[]
  secret: string
  createdAt: number
}

export type DeliveryRecord = WebhookDelivery & { webhook: string }

/** Webhooks per workspace and the log of what was delivered to each. */
export interface WebhookStore {
  addWebhook(record: WebhookRecord): Promise<void>
  listWebhooks(workspace: string): Promise<WebhookRecord[]>
  /** False when the workspace has no such webhook. Its delivery log goes with it. */
  deleteWebhook(workspace: string, id: string): Promise<boolean>
  /**
   * Records a delivery about to be tried; true only for the first claim of that event for that
   * webhook, so an event found twice (a later digest, another instance) is sent once.
   */
  claimDelivery(delivery: DeliveryRecord): Promise<boolean>
  updateDelivery(
    webhook: string,
    event: string,
    change: Pick<WebhookDelivery, 'status' | 'attempts' | 'responseStatus' | 'error'>,
  ): Promise<void>
  /** Newest first. */
  listDeliveries(webhook: string, limit: number): Promise<DeliveryRecord[]>
}
