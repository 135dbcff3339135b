import type { Context, Hono } from 'hono'
import { METHOD_NAME_ALL } from 'hono/router'
import { TrieRouter } from 'hono/router/trie-router'

/** The API, the relay and the metrics: never a page of the app, so never answered with its HTML. */
const NON_PAGE_PREFIXES = ['/api', '/sync', '/metrics']

/**
 * Answers a request no route took with JSON: 405 and `Allow` when the path has routes for other
 * methods, else 404. Call after the last API route and before the client's page fallback, which would
 * otherwise answer any GET with the app's HTML and 200, and a script calling a mistyped URL would then
 * fail parsing HTML instead of reading why.
 */
export function answerUnmatchedRoutes(app: Hono): void {
  // Only the routes registered so far: the page fallback that follows would claim GET for every path.
  const known = new TrieRouter<string>()
  const methods = new Set<string>()
  for (const route of app.routes) {
    // Middleware (`use`) is registered for every method and says nothing about which ones a path has.
    if (route.method === METHOD_NAME_ALL) continue
    known.add(route.method, route.path, route.method)
    methods.add(route.method)
  }
  const unmatched = (c: Context) => {
    const { method, path } = c.req
    const allowed = [...methods].filter((other) => other !== method && known.match(other, path)[0].length > 0)
    if (allowed.length > 0) {
      const allow = allowed.join(', ')
      return c.json({ error: `method not allowed: ${method} ${path} (allowed: ${allow})` }, 405, { allow })
    }
    return c.json({ error: `no such route: ${method} ${path}` }, 404)
  }
  for (const prefix of NON_PAGE_PREFIXES) app.all(`${prefix}/*`, unmatched)
  app.notFound(unmatched)
}
