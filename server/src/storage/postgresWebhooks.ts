import type postgres from 'postgres'
import type { WebhookStore } from './WebhookStore.ts'
import { readDelivery, readWebhook } from './webhookRows.ts'

/** Schema steps appended to postgres.ts's list (each runs once, in order). */
export const WEBHOOK_SCHEMA_STEPS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS webhooks_v1 (id TEXT PRIMARY KEY, workspace TEXT NOT NULL, url TEXT NOT NULL,
     format TEXT NOT NULL, events TEXT NOT NULL, secret TEXT NOT NULL, created_at BIGINT NOT NULL);
   CREATE INDEX IF NOT EXISTS webhooks_v1_ws ON webhooks_v1 (workspace);
   CREATE TABLE IF NOT EXISTS webhook_deliveries_v1 (webhook TEXT NOT NULL, event TEXT NOT NULL,
     type TEXT NOT NULL, at BIGINT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,
     response_status INTEGER, error TEXT NOT NULL, PRIMARY KEY (webhook, event));
   CREATE INDEX IF NOT EXISTS webhook_deliveries_v1_at ON webhook_deliveries_v1 (webhook, at);`,
]

/** Webhooks in PostgreSQL: a delivery is claimed by the one instance whose insert wins. */
export function postgresWebhookStore(sql: postgres.Sql): WebhookStore {
  return {
    async addWebhook(r) {
      await sql`INSERT INTO webhooks_v1 (id, workspace, url, format, events, secret, created_at)
        VALUES (${r.id}, ${r.workspace}, ${r.url}, ${r.format}, ${JSON.stringify(r.events)}, ${r.secret}, ${r.createdAt})`
    },
    async listWebhooks(workspace) {
      const rows = await sql`SELECT * FROM webhooks_v1 WHERE workspace = ${workspace} ORDER BY created_at`
      return rows.map(readWebhook)
    },
    async deleteWebhook(workspace, id) {
      return sql.begin(async (tx) => {
        const removed = await tx`DELETE FROM webhooks_v1 WHERE workspace = ${workspace} AND id = ${id}`
        if (removed.count === 0) return false
        await tx`DELETE FROM webhook_deliveries_v1 WHERE webhook = ${id}`
        return true
      })
    },
    async claimDelivery(d) {
      const inserted = await sql`INSERT INTO webhook_deliveries_v1
        (webhook, event, type, at, status, attempts, response_status, error)
        VALUES (${d.webhook}, ${d.event}, ${d.type}, ${d.at}, ${d.status}, ${d.attempts}, ${d.responseStatus}, ${d.error})
        ON CONFLICT (webhook, event) DO NOTHING`
      return inserted.count === 1
    },
    async updateDelivery(webhook, event, c) {
      await sql`UPDATE webhook_deliveries_v1 SET status = ${c.status}, attempts = ${c.attempts},
        response_status = ${c.responseStatus}, error = ${c.error} WHERE webhook = ${webhook} AND event = ${event}`
    },
    async listDeliveries(webhook, limit) {
      const rows = await sql`SELECT * FROM webhook_deliveries_v1 WHERE webhook = ${webhook}
        ORDER BY at DESC LIMIT ${limit}`
      return rows.map(readDelivery)
    },
  }
}
