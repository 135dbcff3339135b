import type { Context, MiddlewareHandler } from 'hono'
import type { RelayMetrics } from '../metrics.ts'
import { RateLimiter } from './RateLimiter.ts'

const MINUTE = 60_000

export interface RateLimitDeps {
  now: () => number
  addressOf: (c: Context) => string
  metrics: RelayMetrics
}

const WHAT = {
  requests: 'requests',
  boards: 'new boards',
  sockets: 'connection attempts',
  searches: 'searches',
} as const

/** Refuses an address's requests past `perMinute` with 429 and Retry-After (seconds). */
export function rateLimit(
  perMinute: number,
  kind: keyof typeof WHAT,
  deps: RateLimitDeps,
): MiddlewareHandler {
  const limiter = new RateLimiter(perMinute, MINUTE, deps.now)
  return async (c, next) => {
    const waitMs = limiter.hit(deps.addressOf(c))
    if (waitMs > 0) {
      deps.metrics.rejections.inc({ reason: `rate-${kind}` })
      c.header('Retry-After', String(Math.ceil(waitMs / 1000)))
      return c.json({ error: `too many ${WHAT[kind]} from this address; try again later` }, 429)
    }
    await next()
    return undefined
  }
}
