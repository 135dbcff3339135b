import type { DeliveryRecord, WebhookRecord, WebhookStore } from './WebhookStore.ts'

export function memoryWebhookStore(): WebhookStore & { clear(): void } {
  const hooks = new Map<string, WebhookRecord>()
  const deliveries = new Map<string, DeliveryRecord>()
  const keyOf = (webhook: string, event: string) => `${webhook}\u0000${event}`
  return {
    async addWebhook(record) {
      hooks.set(record.id, structuredClone(record))
    },
    async listWebhooks(workspace) {
      return [...hooks.values()]
        .filter((hook) => hook.workspace === workspace)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((hook) => structuredClone(hook))
    },
    async deleteWebhook(workspace, id) {
      if (hooks.get(id)?.workspace !== workspace) return false
      hooks.delete(id)
      for (const [key, delivery] of deliveries) if (delivery.webhook === id) deliveries.delete(key)
      return true
    },
    async claimDelivery(delivery) {
      const key = keyOf(delivery.webhook, delivery.event)
      if (deliveries.has(key)) return false
      deliveries.set(key, { ...delivery })
      return true
    },
    async updateDelivery(webhook, event, change) {
      const known = deliveries.get(keyOf(webhook, event))
      if (known) Object.assign(known, change)
    },
    async listDeliveries(webhook, limit) {
      return [...deliveries.values()]
        .filter((delivery) => delivery.webhook === webhook)
        .sort((a, b) => b.at - a.at)
        .slice(0, limit)
        .map((delivery) => ({ ...delivery }))
    },
    clear() {
      hooks.clear()
      deliveries.clear()
    },
  }
}
