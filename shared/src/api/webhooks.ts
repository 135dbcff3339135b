import * as v from 'valibot'

/** What a webhook can be told of (see notableChanges.ts for when each happens). */
export const WEBHOOK_EVENTS = ['action.assigned', 'action.done', 'comment.mention'] as const
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]

/**
 * How the body is shaped: our signed JSON, or the incoming-webhook message of a chat tool (Feishu,
 * DingTalk and WeCom group bots, Slack incoming webhooks), which posts a line of text to a channel.
 */
export const WEBHOOK_FORMATS = ['json', 'feishu', 'dingtalk', 'wecom', 'slack'] as const
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number]

export const MAX_WEBHOOKS_PER_WORKSPACE = 20

/**
 * `POST /api/workspaces/:id/webhooks` (owner). `secret`: for `json` the HMAC key (generated when
 * absent); for `feishu` and `dingtalk` the bot's signing secret, if the bot has one.
 */
export const CreateWebhookBody = v.object({
  url: v.pipe(v.string(), v.trim(), v.maxLength(2000), v.url()),
  format: v.optional(v.picklist(WEBHOOK_FORMATS), 'json'),
  events: v.optional(v.pipe(v.array(v.picklist(WEBHOOK_EVENTS)), v.minLength(1))),
  secret: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(200))),
})
export type CreateWebhookBody = v.InferInput<typeof CreateWebhookBody>

/** A webhook as listed: never its secret, which only the creation answers. */
export const Webhook = v.object({
  id: v.string(),
  url: v.string(),
  format: v.picklist(WEBHOOK_FORMATS),
  events: v.array(v.picklist(WEBHOOK_EVENTS)),
  createdAt: v.number(),
})
export type Webhook = v.InferOutput<typeof Webhook>

export const CreatedWebhook = v.object({ ...Webhook.entries, secret: v.string() })
export type CreatedWebhook = v.InferOutput<typeof CreatedWebhook>

export const WebhookList = v.object({ webhooks: v.array(Webhook) })
export type WebhookList = v.InferOutput<typeof WebhookList>

export const WebhookParams = v.object({ id: v.string(), hookId: v.string() })

/** One event's delivery to one webhook: tried up to 5 times with backoff, newest first in the log. */
export const WebhookDelivery = v.object({
  event: v.string(),
  type: v.picklist(WEBHOOK_EVENTS),
  at: v.number(),
  status: v.picklist(['pending', 'delivered', 'failed']),
  attempts: v.number(),
  /** The receiver's last HTTP status, or null when it was not reached. */
  responseStatus: v.nullable(v.number()),
  error: v.string(),
})
export type WebhookDelivery = v.InferOutput<typeof WebhookDelivery>

/** `GET /api/workspaces/:id/webhooks/:hookId/deliveries` (owner): the last 100. */
export const WebhookDeliveryList = v.object({ deliveries: v.array(WebhookDelivery) })
export type WebhookDeliveryList = v.InferOutput<typeof WebhookDeliveryList>
