import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The address a request came from, for per-address limits. Behind a reverse proxy every request
 * comes from the proxy, so with `trustProxy` the proxy's last X-Forwarded-For entry is used: the
 * one it appended itself (earlier entries are whatever the client claimed).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // app.request() without a Node socket (no `incoming` binding)
    return 'unknown'
  }
}
