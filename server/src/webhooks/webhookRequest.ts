import { createHmac } from 'node:crypto'
import type { Locale } from '@jm/shared'
import type { NotableChange } from '@jm/shared/workspaces'
import type { WebhookRecord } from '../storage/WebhookStore.ts'
import { changeLine } from './webhookText.ts'

export interface WebhookContext {
  workspace: { id: string; name: string; locale: Locale }
  board: { id: string; title: string }
}

export interface WebhookRequest {
  url: string
  headers: Record<string, string>
  body: string
}

const hmac = (key: string, message: string, encoding: 'hex' | 'base64') =>
  createHmac('sha256', key).update(message).digest(encoding)

/**
 * The HTTP request that tells `hook` of `change`. Our JSON is signed like Stripe's and GitHub's:
 * `X-JM-Signature: sha256=<hex HMAC-SHA256 of "<X-JM-Timestamp>.<body>" under the secret>`. The
 * chat formats are the bots' own message bodies; Feishu and DingTalk bots with a signing secret
 * get their documented signatures (Feishu in the body, DingTalk in the query).
 */
export function webhookRequest(
  hook: WebhookRecord,
  change: NotableChange,
  context: WebhookContext,
  nowMs: number,
): WebhookRequest {
  const json = { 'content-type': 'application/json' }
  const seconds = String(Math.floor(nowMs / 1000))
  const text = changeLine(change, context.board.title, context.workspace.locale)
  switch (hook.format) {
    case 'json': {
      const body = JSON.stringify({
        id: change.key,
        type: change.type,
        at: change.at,
        workspace: { id: context.workspace.id, name: context.workspace.name },
        board: context.board,
        by: change.by,
        item: change.item,
        text: change.text,
        people: change.people,
        due: change.due,
        summary: text,
      })
      return {
        url: hook.url,
        body,
        headers: {
          ...json,
          'x-jm-event': change.type,
          'x-jm-delivery': change.key,
          'x-jm-timestamp': seconds,
          'x-jm-signature': `sha256=${hmac(hook.secret, `${seconds}.${body}`, 'hex')}`,
        },
      }
    }
    case 'feishu': {
      const sign = hook.secret
        ? { timestamp: seconds, sign: hmac(`${seconds}\n${hook.secret}`, '', 'base64') }
        : {}
      return {
        url: hook.url,
        headers: json,
        body: JSON.stringify({ ...sign, msg_type: 'text', content: { text } }),
      }
    }
    case 'dingtalk': {
      const url = new URL(hook.url)
      if (hook.secret) {
        url.searchParams.set('timestamp', String(nowMs))
        url.searchParams.set('sign', hmac(hook.secret, `${nowMs}\n${hook.secret}`, 'base64'))
      }
      return {
        url: url.toString(),
        headers: json,
        body: JSON.stringify({ msgtype: 'text', text: { content: text } }),
      }
    }
    case 'wecom':
      return {
        url: hook.url,
        headers: json,
        body: JSON.stringify({ msgtype: 'text', text: { content: text } }),
      }
    case 'slack':
      return { url: hook.url, headers: json, body: JSON.stringify({ text }) }
  }
}
