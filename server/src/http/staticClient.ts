import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/** Serves the built client; board paths fall back to index.html so a shared link opens the app. */
export function staticClient(clientDir: string): Hono {
  const routes = new Hono()
  const indexFile = join(clientDir, 'index.html')
  if (!existsSync(indexFile)) {
    routes.get('*', (c) => c.text('The client is not built. Run `pnpm start`, which builds it first.', 503))
    return routes
  }
  const indexHtml = readFileSync(indexFile, 'utf8')
  routes.use('*', serveStatic({ root: clientDir }))
  routes.get('*', (c) => c.html(indexHtml))
  return routes
}
