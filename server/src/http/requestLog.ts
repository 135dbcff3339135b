import type { Context, MiddlewareHandler } from 'hono'
import type { Logger } from '../log.ts'

/**
 * One log line per request. Tokens travel in the query string (websockets) and the
 * Authorization header, so neither is ever written: the line has the path without its query,
 * and no headers at all.
 */
export function requestLog(log: Logger, addressOf: (c: Context) => string): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const status = c.res.status
    const fields: Record<string, unknown> = {
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      address: addressOf(c),
    }
    if (c.req.url.includes('?')) fields.query = '[redacted]'
    if (status >= 500) log.warn('request', fields)
    else log.info('request', fields)
  }
}
