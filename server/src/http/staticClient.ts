import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/** A request for a file (it has an extension) rather than for a page of the app. */
const FILE_PATH = /\.[a-z0-9]+$/i

/**
 * Serves the built client; page paths (a shared board link) fall back to index.html so the link opens
 * the app. A missing file is a 404, not the app's page: a script answered with HTML would leave a
 * blank page and no error. index.html is read again when it changes, so a client rebuilt under a
 * running server serves its own scripts.
 */
export function staticClient(clientDir: string): Hono {
  const routes = new Hono()
  const indexFile = join(clientDir, 'index.html')
  if (!existsSync(indexFile)) {
    routes.get('*', (c) => c.text('The client is not built. Run `pnpm start`, which builds it first.', 503))
    return routes
  }
  let index = { changedAt: 0, html: '' }
  const indexHtml = () => {
    const changedAt = statSync(indexFile).mtimeMs
    if (changedAt !== index.changedAt) index = { changedAt, html: readFileSync(indexFile, 'utf8') }
    return index.html
  }
  routes.use('*', serveStatic({ root: clientDir }))
  routes.get('*', (c) => (FILE_PATH.test(c.req.path) ? c.text('Not found', 404) : c.html(indexHtml())))
  return routes
}
