import type { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import type { Logger } from '../log.ts'
import type { RelayMetrics } from '../metrics.ts'
import { clientAddress } from './clientAddress.ts'
import type { HttpOptions } from './httpOptions.ts'
import { rateLimit } from './rateLimit.ts'
import { requestLog } from './requestLog.ts'
import { securityHeaders } from './securityHeaders.ts'

export interface HardeningDeps {
  options: HttpOptions
  log: Logger
  metrics: RelayMetrics
  now: () => number
}

/** Registers the request log, security headers, CORS, rate limits and body limit; call before any route. */
export function hardenHttp(app: Hono, deps: HardeningDeps): void {
  const { options } = deps
  const addressOf = (c: Parameters<typeof clientAddress>[0]) => clientAddress(c, options.trustProxy)
  const limitDeps = { now: deps.now, addressOf, metrics: deps.metrics }
  app.use('*', requestLog(deps.log, addressOf))
  app.use('*', securityHeaders())
  if (options.corsOrigins.length > 0) {
    app.use(
      '/api/*',
      cors({
        origin: options.corsOrigins,
        allowMethods: ['GET', 'POST', 'DELETE'],
        allowHeaders: ['authorization', 'content-type'],
        maxAge: 600,
      }),
    )
  }
  if (options.requestsPerMinute > 0) app.use('*', rateLimit(options.requestsPerMinute, 'requests', limitDeps))
  if (options.socketsPerMinute > 0) {
    // Fetching a board's state costs the server what joining its room does.
    const sockets = rateLimit(options.socketsPerMinute, 'sockets', limitDeps)
    app.use('/sync/*', sockets)
    app.get('/api/boards/:id/state', sockets)
  }
  if (options.boardsPerMinute > 0) {
    const boards = rateLimit(options.boardsPerMinute, 'boards', limitDeps)
    app.post('/api/boards', boards)
    app.post('/api/boards/import', boards)
    app.post('/api/workspaces', boards)
  }
  if (options.searchesPerMinute > 0)
    app.get('/api/workspaces/:id/search', rateLimit(options.searchesPerMinute, 'searches', limitDeps))
  const bodies = bodyLimit({
    maxSize: options.maxBodyBytes,
    onError: (c) => c.json({ error: `the request body is over the ${options.maxBodyBytes}-byte limit` }, 413),
  })
  const attachments = bodyLimit({
    maxSize: options.maxAttachmentBytes,
    onError: (c) =>
      c.json(
        { error: `the file is over the ${options.maxAttachmentBytes}-byte limit for one attachment` },
        413,
      ),
  })
  // A board's JSON carries its files, base64 (4 bytes for every 3), beside the board itself.
  const importLimit = options.maxBodyBytes + Math.ceil((options.maxBoardAttachmentBytes * 4) / 3)
  const imports = bodyLimit({
    maxSize: importLimit,
    onError: (c) => c.json({ error: `the imported file is over the ${importLimit}-byte limit` }, 413),
  })
  // An upload has its own cap, larger than a JSON body's; so has an import.
  app.use('/api/*', (c, next) => {
    if (c.req.method !== 'POST') return bodies(c, next)
    if (ATTACHMENT_UPLOAD.test(c.req.path)) return attachments(c, next)
    return c.req.path === '/api/boards/import' ? imports(c, next) : bodies(c, next)
  })
}

const ATTACHMENT_UPLOAD = /^\/api\/boards\/[^/]+\/attachments$/
