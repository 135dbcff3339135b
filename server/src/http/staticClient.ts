import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { type Context, Hono } from 'hono'

/** A request for a file (it has an extension) rather than for a page of the app. */
const FILE_PATH = /\.[a-z0-9]+$/i

/**
 * Serves the built client; page paths (a shared board link) fall back to index.html so the link opens
 * the app. A missing file is a 404, not the app's page: a script answered with HTML would leave a
 * blank page and no error. index.html is read again when it is replaced, so a client rebuilt under a
 * running server serves its own scripts.
 */
export function staticClient(clientDir: string): Hono {
  const routes = new Hono()
  const indexFile = join(clientDir, 'index.html')
  let index: { version: string; html: string } | undefined
  const indexHtml = (): string | undefined => {
    try {
      const file = statSync(indexFile)
      // A rebuild renames a new folder into place: its index.html is another inode.
      const version = `${file.ino}:${file.mtimeMs}`
      if (version !== index?.version) index = { version, html: readFileSync(indexFile, 'utf8') }
    } catch (error) {
      // Between the two renames of a rebuild's swap (client/scripts/build.mjs) there is no index.html;
      // the page last read is still a whole build's page.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    return index?.html
  }
  const page = (c: Context) => {
    const html = indexHtml()
    return html === undefined
      ? c.text('The client is not built. Run `pnpm start`, which builds it first.', 503)
      : c.html(html)
  }
  // Ahead of the files, so the app's page never depends on the moment the folder is read.
  routes.get('/', page)
  routes.get('/index.html', page)
  routes.use('*', serveStatic({ root: clientDir }))
  routes.get('*', (c) => (FILE_PATH.test(c.req.path) ? c.text('Not found', 404) : page(c)))
  return routes
}
