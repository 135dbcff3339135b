import type Database from 'better-sqlite3'
import type { WebhookStore } from './WebhookStore.ts'
import { readDelivery, readWebhook } from './webhookRows.ts'

/** Webhooks and their delivery log in the boards' SQLite file. */
export function sqliteWebhookStore(db: Database.Database): WebhookStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS webhooks_v1 (id TEXT PRIMARY KEY, workspace TEXT NOT NULL, url TEXT NOT NULL,
      format TEXT NOT NULL, events TEXT NOT NULL, secret TEXT NOT NULL, created_at INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS webhooks_v1_ws ON webhooks_v1 (workspace);
    CREATE TABLE IF NOT EXISTS webhook_deliveries_v1 (webhook TEXT NOT NULL, event TEXT NOT NULL,
      type TEXT NOT NULL, at INTEGER NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,
      response_status INTEGER, error TEXT NOT NULL, PRIMARY KEY (webhook, event));
    CREATE INDEX IF NOT EXISTS webhook_deliveries_v1_at ON webhook_deliveries_v1 (webhook, at);
  `)
  const q = {
    insert: db.prepare(`INSERT INTO webhooks_v1 (id, workspace, url, format, events, secret, created_at)
      VALUES (@id, @workspace, @url, @format, @events, @secret, @createdAt)`),
    list: db.prepare<[string], Record<string, unknown>>(
      'SELECT * FROM webhooks_v1 WHERE workspace = ? ORDER BY created_at',
    ),
    remove: db.prepare<[string, string]>('DELETE FROM webhooks_v1 WHERE workspace = ? AND id = ?'),
    removeDeliveries: db.prepare<[string]>('DELETE FROM webhook_deliveries_v1 WHERE webhook = ?'),
    claim: db.prepare(`INSERT OR IGNORE INTO webhook_deliveries_v1
      (webhook, event, type, at, status, attempts, response_status, error)
      VALUES (@webhook, @event, @type, @at, @status, @attempts, @responseStatus, @error)`),
    update: db.prepare(`UPDATE webhook_deliveries_v1 SET status = @status, attempts = @attempts,
      response_status = @responseStatus, error = @error WHERE webhook = @webhook AND event = @event`),
    deliveries: db.prepare<[string, number], Record<string, unknown>>(
      'SELECT * FROM webhook_deliveries_v1 WHERE webhook = ? ORDER BY at DESC LIMIT ?',
    ),
  }
  const remove = db.transaction((workspace: string, id: string) => {
    if (q.remove.run(workspace, id).changes === 0) return false
    q.removeDeliveries.run(id)
    return true
  })
  return {
    async addWebhook(record) {
      q.insert.run({ ...record, events: JSON.stringify(record.events) })
    },
    async listWebhooks(workspace) {
      return q.list.all(workspace).map(readWebhook)
    },
    async deleteWebhook(workspace, id) {
      return remove(workspace, id)
    },
    async claimDelivery(delivery) {
      return q.claim.run(delivery).changes === 1
    },
    async updateDelivery(webhook, event, change) {
      q.update.run({ webhook, event, ...change })
    },
    async listDeliveries(webhook, limit) {
      return q.deliveries.all(webhook, limit).map(readDelivery)
    },
  }
}
