import type { Bus } from './Bus.ts'

export interface LeaseOptions {
  ttlMs: number
  /** Called when this instance becomes the holder (at start, or when the previous holder let go or died). */
  onGained(): void
  onError(error: unknown): void
}

/**
 * Makes this instance the single holder of a job among the instances that want it, through the
 * bus's `claim`: renewed every third of the TTL, so a holder that dies is replaced within one TTL.
 * When the bus cannot be reached, the last answer stands until it would have expired.
 */
export class Lease {
  #heldUntil = 0
  #timer: NodeJS.Timeout | undefined
  #stopped = false

  constructor(
    private readonly bus: Bus,
    private readonly key: string,
    private readonly options: LeaseOptions,
  ) {}

  /** Resolves after the first attempt, so the caller knows whether it holds the lease. */
  start(): Promise<void> {
    this.#timer = setInterval(() => void this.#renew(), Math.max(50, this.options.ttlMs / 3))
    this.#timer.unref()
    return this.#renew()
  }

  get held(): boolean {
    return !this.#stopped && Date.now() < this.#heldUntil
  }

  async #renew(): Promise<void> {
    const askedAt = Date.now()
    let ours: boolean
    try {
      ours = await this.bus.claim(this.key, this.options.ttlMs)
    } catch (error) {
      this.options.onError(error)
      return
    }
    if (this.#stopped) return
    const gained = ours && !this.held
    this.#heldUntil = ours ? askedAt + this.options.ttlMs : 0
    if (gained) this.options.onGained()
  }

  stop(): void {
    if (this.#stopped) return
    const wasHeld = this.held
    this.#stopped = true
    clearInterval(this.#timer)
    if (wasHeld) this.bus.unclaim(this.key).catch(this.options.onError)
  }
}
