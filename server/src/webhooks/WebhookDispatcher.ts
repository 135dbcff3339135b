import { isLocale } from '@jm/shared'
import type { NotableChange } from '@jm/shared/workspaces'
import type { Logger } from '../log.ts'
import type { DeliveryRecord, WebhookRecord, WebhookStore } from '../storage/WebhookStore.ts'
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts'
import { type WebhookContext, webhookRequest } from './webhookRequest.ts'
import { refuseTarget } from './webhookTarget.ts'

export interface WebhookOptions {
  /** Lets receivers on private and loopback addresses, and plain http, be called (the operator's choice). */
  allowPrivate: boolean
  /** Waits before the 2nd, 3rd… attempt; one attempt more than there are waits. */
  retryDelaysMs: readonly number[]
  /** One attempt's limit, connection to answer. */
  timeoutMs: number
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  allowPrivate: false,
  retryDelaysMs: [1_000, 5_000, 30_000, 120_000],
  timeoutMs: 5_000,
}

/** Requests in flight at once, over all receivers: a slow receiver waits its turn, the relay never does. */
const MAX_IN_FLIGHT = 8
/** Event keys this instance claimed lately; past this the set starts afresh (the store still dedupes). */
const MAX_REMEMBERED = 10_000

/**
 * Tells each workspace webhook of the changes found on its boards: claims each (change, webhook)
 * once in the store, then posts it with retries and backoff, recording every attempt in the
 * delivery log. Runs beside the relay on timers and promises; nothing here is awaited by a room.
 */
export class WebhookDispatcher {
  readonly #claimed = new Set<string>()
  readonly #timers = new Set<NodeJS.Timeout>()
  readonly #waiting: Array<() => void> = []
  #inFlight = 0
  #stopped = false

  constructor(
    private readonly deps: {
      store: WebhookStore & WorkspaceStore
      options: WebhookOptions
      log: Logger
      now: () => number
    },
  ) {}

  async announce(
    workspaceId: string,
    board: WebhookContext['board'],
    changes: readonly NotableChange[],
  ): Promise<void> {
    if (this.#stopped || changes.length === 0) return
    const hooks = await this.deps.store.listWebhooks(workspaceId)
    if (hooks.length === 0) return
    const workspace = await this.deps.store.getWorkspace(workspaceId)
    if (!workspace) return
    const locale = isLocale(workspace.locale) ? workspace.locale : 'en'
    const context = { workspace: { id: workspace.id, name: workspace.name, locale }, board }
    for (const hook of hooks)
      for (const change of changes) {
        if (!hook.events.includes(change.type)) continue
        const remembered = `${hook.id}\u0000${change.key}`
        if (this.#claimed.has(remembered)) continue
        if (this.#claimed.size >= MAX_REMEMBERED) this.#claimed.clear()
        this.#claimed.add(remembered)
        const delivery: DeliveryRecord = {
          webhook: hook.id,
          event: change.key,
          type: change.type,
          at: this.deps.now(),
          status: 'pending',
          attempts: 0,
          responseStatus: null,
          error: '',
        }
        if (await this.deps.store.claimDelivery(delivery)) void this.#attempt(hook, change, context, delivery)
      }
  }

  /** Shutdown: no new attempts; deliveries waiting for a retry stay "pending" in the log. */
  stop(): void {
    this.#stopped = true
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
  }

  async #attempt(
    hook: WebhookRecord,
    change: NotableChange,
    context: WebhookContext,
    delivery: DeliveryRecord,
  ) {
    await this.#slot()
    const attempts = delivery.attempts + 1
    let outcome: Pick<DeliveryRecord, 'status' | 'responseStatus' | 'error'>
    let retry = false
    try {
      const refused = await refuseTarget(hook.url, this.deps.options.allowPrivate)
      if (refused) outcome = { status: 'failed', responseStatus: null, error: refused }
      else {
        const request = webhookRequest(hook, change, context, this.deps.now())
        const response = await fetch(request.url, {
          method: 'POST',
          headers: request.headers,
          body: request.body,
          // A redirect could lead anywhere, a private address included: not followed.
          redirect: 'manual',
          signal: AbortSignal.timeout(this.deps.options.timeoutMs),
        })
        await response.body?.cancel()
        const ok = response.status >= 200 && response.status < 300
        retry = !ok && (response.status >= 500 || response.status === 408 || response.status === 429)
        outcome = {
          status: ok ? 'delivered' : 'failed',
          responseStatus: response.status,
          error: ok ? '' : `HTTP ${response.status}`,
        }
      }
    } catch (error) {
      retry = true
      outcome = { status: 'failed', responseStatus: null, error: String((error as Error).message ?? error) }
    } finally {
      this.#release()
    }
    const wait = this.deps.options.retryDelaysMs[attempts - 1]
    const again = retry && wait !== undefined && !this.#stopped
    const recorded = { ...outcome, status: again ? ('pending' as const) : outcome.status, attempts }
    await this.deps.store
      .updateDelivery(hook.id, change.key, recorded)
      .catch((error: unknown) =>
        this.deps.log.warn('webhook delivery log failed', { webhook: hook.id, error: String(error) }),
      )
    if (!again) {
      if (outcome.status === 'failed')
        this.deps.log.warn('webhook delivery failed', {
          webhook: hook.id,
          event: change.key,
          error: outcome.error,
        })
      return
    }
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      void this.#attempt(hook, change, context, { ...delivery, attempts })
    }, wait)
    timer.unref()
    this.#timers.add(timer)
  }

  #slot(): Promise<void> {
    if (this.#inFlight < MAX_IN_FLIGHT) {
      this.#inFlight++
      return Promise.resolve()
    }
    return new Promise((resolve) => this.#waiting.push(resolve))
  }

  #release(): void {
    const next = this.#waiting.shift()
    if (next) next()
    else this.#inFlight--
  }
}
