import { WEBHOOK_EVENTS, WEBHOOK_FORMATS, type WebhookEventType } from '@jm/shared/api/workspaces'
import type { DeliveryRecord, WebhookRecord } from './WebhookStore.ts'

const STATUSES = ['pending', 'delivered', 'failed'] as const

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.find((known) => known === value) ?? fallback

function readEvents(value: unknown): WebhookEventType[] {
  let raw = value
  if (typeof value === 'string') {
    try {
      raw = JSON.parse(value)
    } catch {
      raw = []
    }
  }
  return Array.isArray(raw) ? WEBHOOK_EVENTS.filter((event) => raw.includes(event)) : []
}

/** A stored webhook row (SQLite or PostgreSQL column names) read defensively. */
export function readWebhook(row: Record<string, unknown>): WebhookRecord {
  return {
    id: String(row.id),
    workspace: String(row.workspace),
    url: String(row.url),
    format: oneOf(WEBHOOK_FORMATS, row.format, 'json'),
    events: readEvents(row.events),
    secret: String(row.secret),
    createdAt: Number(row.created_at),
  }
}

export function readDelivery(row: Record<string, unknown>): DeliveryRecord {
  return {
    webhook: String(row.webhook),
    event: String(row.event),
    type: oneOf(WEBHOOK_EVENTS, row.type, 'action.assigned'),
    at: Number(row.at),
    status: oneOf(STATUSES, row.status, 'failed'),
    attempts: Number(row.attempts),
    responseStatus: row.response_status === null ? null : Number(row.response_status),
    error: String(row.error ?? ''),
  }
}
