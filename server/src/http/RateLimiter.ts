/**
 * A fixed-window counter per key (a client address) with bounded memory. Windows are kept in the
 * order they started, so the oldest (first to expire) sit at the front: expired ones are swept
 * from there, and when `maxKeys` is reached the oldest window is dropped, which can only let an
 * address through early, never lock one out.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number,
    readonly maxKeys = 10_000,
  ) {}

  get size(): number {
    return this.#windows.size
  }

  /** Counts one attempt. Answers 0 when it is allowed, else the milliseconds until it will be. */
  hit(key: string): number {
    const now = this.now()
    const window = this.#windows.get(key)
    if (window && now - window.start < this.windowMs) {
      if (window.count >= this.limit) return window.start + this.windowMs - now
      window.count += 1
      return 0
    }
    this.#windows.delete(key)
    this.#sweep(now)
    this.#windows.set(key, { start: now, count: 1 })
    return 0
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows) {
      if (now - window.start < this.windowMs && this.#windows.size < this.maxKeys) return
      this.#windows.delete(key)
    }
  }
}
