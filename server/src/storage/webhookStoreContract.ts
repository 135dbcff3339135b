import { newId } from '@jm/shared'
import { expect, it } from 'vitest'
import type { ContractSubject } from './docStoreContract.ts'
import type { DeliveryRecord, WebhookRecord } from './WebhookStore.ts'

const hook = (workspace: string, at: number): WebhookRecord => ({
  id: `hook-${newId(8)}`,
  workspace,
  url: 'https://hooks.example.com/in',
  format: 'feishu',
  events: ['action.assigned', 'comment.mention'],
  secret: 's3cret-value',
  createdAt: at,
})

const delivery = (webhook: string, event: string, at: number): DeliveryRecord => ({
  webhook,
  event,
  type: 'action.assigned',
  at,
  status: 'pending',
  attempts: 0,
  responseStatus: null,
  error: '',
})

/** What the webhook routes and the dispatcher rely on from any WebhookStore; one `describe` per implementation. */
export function runWebhookStoreContract(subject: ContractSubject): void {
  it('keeps a workspace’s webhooks with their secrets, and deletes one with its log', async () => {
    const store = await subject.open()
    const ws = `ws-${newId(8)}`
    const [first, second] = [hook(ws, 1), hook(ws, 2)]
    await store.addWebhook(first)
    await store.addWebhook(second)
    await store.addWebhook(hook(`ws-${newId(8)}`, 3))
    expect(await store.listWebhooks(ws)).toEqual([first, second])
    await store.claimDelivery(delivery(first.id, 'e1', 10))
    expect(await store.deleteWebhook('another-workspace', first.id)).toBe(false)
    expect(await store.deleteWebhook(ws, first.id)).toBe(true)
    expect(await store.listWebhooks(ws)).toEqual([second])
    expect(await store.listDeliveries(first.id, 10)).toEqual([])
    await store.close()
    if (!subject.durable) return
    const reopened = await subject.open()
    expect(await reopened.listWebhooks(ws)).toEqual([second])
    await reopened.close()
  })

  it('claims each event for a webhook once, updates it, and lists the log newest first', async () => {
    const store = await subject.open()
    const id = `hook-${newId(8)}`
    expect(await store.claimDelivery(delivery(id, 'b:assigned:a1:sales', 10))).toBe(true)
    expect(await store.claimDelivery(delivery(id, 'b:assigned:a1:sales', 11))).toBe(false)
    expect(await store.claimDelivery(delivery(id, 'b:done:a1', 20))).toBe(true)
    expect(await store.claimDelivery(delivery(`hook-${newId(8)}`, 'b:done:a1', 20))).toBe(true)
    const change = { status: 'delivered' as const, attempts: 2, responseStatus: 200, error: '' }
    await store.updateDelivery(id, 'b:assigned:a1:sales', change)
    expect(await store.listDeliveries(id, 10)).toEqual([
      delivery(id, 'b:done:a1', 20),
      { ...delivery(id, 'b:assigned:a1:sales', 10), ...change },
    ])
    expect(await store.listDeliveries(id, 1)).toHaveLength(1)
    await store.close()
  })
}
