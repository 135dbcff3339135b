import { randomBytes } from 'node:crypto'
import { newId } from '@jm/shared'
import type { ErrorAnswer } from '@jm/shared/api'
import {
  type CreatedWebhook,
  CreateWebhookBody,
  MAX_WEBHOOKS_PER_WORKSPACE,
  type WebhookDeliveryList,
  type WebhookList,
  WebhookParams,
} from '@jm/shared/api/workspaces'
import { workspaceRolesThatCan } from '@jm/shared/workspaces'
import { Hono } from 'hono'
import type { TokenSigner } from '../auth/tokens.ts'
import type { WebhookRecord, WebhookStore } from '../storage/WebhookStore.ts'
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts'
import { refuseTarget } from '../webhooks/webhookTarget.ts'
import { parseJsonBody, parseParams } from './validate.ts'
import { requireWorkspaceRole, type WorkspaceEnv } from './workspaceAuth.ts'

const DELIVERIES_SHOWN = 100

const listed = ({ id, url, format, events, createdAt }: WebhookRecord) => ({
  id,
  url,
  format,
  events,
  createdAt,
})

/**
 * A workspace's outgoing webhooks (owner): `POST …/webhooks` adds one (its secret is answered then
 * and never again), `GET …/webhooks` lists them, `DELETE …/webhooks/:hookId` removes one and
 * `GET …/webhooks/:hookId/deliveries` reads its delivery log. A receiver on a private address is
 * refused with 400 unless the operator allows it.
 */
export function webhookRoutes(deps: {
  store: WorkspaceStore & WebhookStore
  signer: TokenSigner
  allowPrivate: boolean
  now: () => number
}): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>()
  const owners = requireWorkspaceRole(deps.signer, deps.store, workspaceRolesThatCan('manageWebhooks'))
  const refuse = (error: string) => ({ error }) satisfies ErrorAnswer

  routes.post('/:id/webhooks', owners, async (c) => {
    const body = await parseJsonBody(c, CreateWebhookBody)
    if (!body.ok) return body.response
    const workspace = c.get('workspace').id
    if ((await deps.store.listWebhooks(workspace)).length >= MAX_WEBHOOKS_PER_WORKSPACE)
      return c.json(refuse(`a workspace has at most ${MAX_WEBHOOKS_PER_WORKSPACE} webhooks`), 409)
    const { url, format, events, secret } = body.value
    const refused = await refuseTarget(url, deps.allowPrivate)
    if (refused) return c.json(refuse(`this receiver is not accepted: ${refused}`), 400)
    const record: WebhookRecord = {
      id: newId(12),
      workspace,
      url,
      format,
      events: events ? [...new Set(events)] : ['action.assigned', 'action.done', 'comment.mention'],
      secret: secret ?? (format === 'json' ? randomBytes(24).toString('base64url') : ''),
      createdAt: deps.now(),
    }
    await deps.store.addWebhook(record)
    return c.json({ ...listed(record), secret: record.secret } satisfies CreatedWebhook, 201)
  })

  routes.get('/:id/webhooks', owners, async (c) =>
    c.json({
      webhooks: (await deps.store.listWebhooks(c.get('workspace').id)).map(listed),
    } satisfies WebhookList),
  )

  routes.delete('/:id/webhooks/:hookId', owners, async (c) => {
    const params = parseParams(c, WebhookParams)
    if (!params.ok) return params.response
    if (!(await deps.store.deleteWebhook(c.get('workspace').id, params.value.hookId)))
      return c.json(refuse('this workspace has no such webhook'), 404)
    return c.body(null, 204)
  })

  routes.get('/:id/webhooks/:hookId/deliveries', owners, async (c) => {
    const params = parseParams(c, WebhookParams)
    if (!params.ok) return params.response
    const hooks = await deps.store.listWebhooks(c.get('workspace').id)
    if (!hooks.some((hook) => hook.id === params.value.hookId))
      return c.json(refuse('this workspace has no such webhook'), 404)
    const deliveries = await deps.store.listDeliveries(params.value.hookId, DELIVERIES_SHOWN)
    return c.json({
      deliveries: deliveries.map(({ webhook: _hook, ...delivery }) => delivery),
    } satisfies WebhookDeliveryList)
  })
  return routes
}
