import {
  type CreatedWebhook,
  WEBHOOK_EVENTS,
  WEBHOOK_FORMATS,
  type Webhook,
  type WebhookEventType,
  type WebhookFormat,
} from '@jm/shared/api/workspaces'
import { createResource, createSignal, For, Show } from 'solid-js'
import { workspaceApi } from '../api/workspaceApi.ts'
import { format, t } from '../i18n/i18n.ts'
import { WORKSPACE_MESSAGES } from '../i18n/workspaceMessages.ts'

/**
 * The workspace's outgoing webhooks, for its owners: add a receiver (a chat bot's incoming webhook
 * or our signed JSON), see its secret once, read each one's delivery log, remove it.
 */
export function WorkspaceWebhooks(props: {
  workspace: string
  token: string
  onError: (error: unknown) => void
}) {
  const m = () => t(WORKSPACE_MESSAGES).webhooks
  const [hooks, { refetch }] = createResource(
    async () => (await workspaceApi.webhooks(props.workspace, props.token)).webhooks,
  )
  const [url, setUrl] = createSignal('')
  const [kind, setKind] = createSignal<WebhookFormat>('json')
  const [events, setEvents] = createSignal<WebhookEventType[]>([...WEBHOOK_EVENTS])
  const [created, setCreated] = createSignal<CreatedWebhook | null>(null)
  const toggle = (event: WebhookEventType, on: boolean) =>
    setEvents((list) => (on ? [...list, event] : list.filter((item) => item !== event)))
  const add = async (submit: SubmitEvent) => {
    submit.preventDefault()
    try {
      setCreated(
        await workspaceApi.addWebhook(props.workspace, props.token, {
          url: url().trim(),
          format: kind(),
          events: events(),
        }),
      )
      setUrl('')
      void refetch()
    } catch (error) {
      props.onError(error)
    }
  }
  const remove = async (hook: Webhook) => {
    try {
      await workspaceApi.removeWebhook(props.workspace, props.token, hook.id)
      void refetch()
    } catch (error) {
      props.onError(error)
    }
  }
  return (
    <section class="workspace-webhooks" data-testid="workspace-webhooks">
      <p class="muted">{m().intro}</p>
      <form class="webhook-new" onSubmit={(event) => void add(event)}>
        <input
          type="url"
          required
          data-testid="webhook-url"
          placeholder={m().urlPlaceholder}
          aria-label={m().url}
          value={url()}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <select
          aria-label={m().format}
          value={kind()}
          onChange={(e) => setKind(e.currentTarget.value as WebhookFormat)}
        >
          <For each={WEBHOOK_FORMATS}>{(f) => <option value={f}>{m().formats[f]}</option>}</For>
        </select>
        <fieldset class="webhook-events">
          <legend>{m().events}</legend>
          <For each={WEBHOOK_EVENTS}>
            {(event) => (
              <label class="check">
                <input
                  type="checkbox"
                  checked={events().includes(event)}
                  onChange={(e) => toggle(event, e.currentTarget.checked)}
                />
                {m().eventNames[event]}
              </label>
            )}
          </For>
        </fieldset>
        <button type="submit" class="primary" data-testid="webhook-add" disabled={events().length === 0}>
          {m().add}
        </button>
      </form>
      <Show when={created()?.secret}>
        {(secret) => (
          <p class="webhook-secret" role="status" data-testid="webhook-secret">
            {m().secretOnce} <code>{secret()}</code>
          </p>
        )}
      </Show>
      <Show when={(hooks.latest ?? []).length > 0} fallback={<p class="muted">{m().none}</p>}>
        <ul class="webhook-list">
          <For each={hooks.latest}>
            {(hook) => (
              <WebhookItem
                workspace={props.workspace}
                token={props.token}
                hook={hook}
                onRemove={() => void remove(hook)}
              />
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}

function WebhookItem(props: { workspace: string; token: string; hook: Webhook; onRemove: () => void }) {
  const m = () => t(WORKSPACE_MESSAGES).webhooks
  const [open, setOpen] = createSignal(false)
  const [log] = createResource(
    () => (open() ? props.hook.id : undefined),
    async (hook) => (await workspaceApi.deliveries(props.workspace, props.token, hook)).deliveries,
  )
  return (
    <li data-testid="webhook">
      <div class="webhook-head">
        <code class="webhook-url">{props.hook.url}</code>
        <span class="badge">{m().formats[props.hook.format]}</span>
        <span class="muted">{props.hook.events.map((event) => m().eventNames[event]).join(' · ')}</span>
        <button
          type="button"
          onClick={() => setOpen(!open())}
          aria-expanded={open()}
          data-testid="webhook-log-toggle"
        >
          {m().log}
        </button>
        <button type="button" onClick={() => props.onRemove()}>
          {m().remove}
        </button>
      </div>
      <Show when={open() && log.latest}>
        {(deliveries) => (
          <Show when={deliveries().length > 0} fallback={<p class="muted">{m().noDeliveries}</p>}>
            <table class="actions-table webhook-log" data-testid="webhook-log">
              <tbody>
                <For each={deliveries()}>
                  {(delivery) => (
                    <tr data-status={delivery.status}>
                      <td>{format().dateTime(delivery.at)}</td>
                      <td>{m().eventNames[delivery.type]}</td>
                      <td>{m().statuses[delivery.status]}</td>
                      <td>{m().attempts(delivery.attempts)}</td>
                      <td>
                        {delivery.responseStatus ?? ''} {delivery.error}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
    </li>
  )
}
