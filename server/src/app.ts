import type { Server } from 'node:http'
import { createNodeWebSocket } from '@hono/node-ws'
import { CloseCodes } from '@jm/shared'
import { Hono } from 'hono'
import type { TokenSigner } from './auth/tokens.ts'
import { boardRoutes } from './http/boardRoutes.ts'
import { exportRoutes } from './http/exportRoutes.ts'
import { staticClient } from './http/staticClient.ts'
import { syncHandler } from './http/syncRoute.ts'
import { type Logger, silentLogger } from './log.ts'
import { RelayMetrics } from './metrics.ts'
import { DEFAULT_LIMITS, type RelayLimits } from './relay/limits.ts'
import { RoomRegistry } from './relay/RoomRegistry.ts'
import { chromiumRenderer, type Renderer } from './render/ChromiumRenderer.ts'
import type { Storage } from './storage/DocStore.ts'

export interface AppDeps {
  storage: Storage
  signer: TokenSigner
  limits?: Partial<RelayLimits>
  log?: Logger
  /** The built client (client/dist); omitted in tests that need only the API and relay. */
  clientDir?: string
  now?: () => number
  /** Renders PNG/PDF exports; headless Chromium (at `chromiumPath` or a usual path) by default. */
  renderer?: Renderer
  chromiumPath?: string
}

export interface App {
  app: Hono
  rooms: RoomRegistry
  metrics: RelayMetrics
  limits: RelayLimits
  /** Wires the websocket upgrade into a started HTTP server. */
  attach(server: Server): void
  /** Closes every socket with 1012, waits for stored state, then closes storage. */
  shutdown(): Promise<void>
}

export function createApp(deps: AppDeps): App {
  const limits: RelayLimits = { ...DEFAULT_LIMITS, ...deps.limits }
  const log = deps.log ?? silentLogger
  const metrics = new RelayMetrics()
  const rooms = new RoomRegistry({ store: deps.storage, limits, metrics, log })
  const app = new Hono()
  const { injectWebSocket, upgradeWebSocket, wss } = createNodeWebSocket({ app })
  // Frames past the message cap are refused by Room with 4413; this is the hard stop for absurd ones.
  wss.options.maxPayload = limits.maxMessageBytes * 2

  app.get('/api/health', (c) => c.json({ ok: true, rooms: rooms.size }))
  app.get('/metrics', async (c) =>
    c.text(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType }),
  )
  app.route(
    '/api/boards',
    boardRoutes({
      storage: deps.storage,
      signer: deps.signer,
      now: deps.now ?? Date.now,
      onLinkRotated(board, role, gen) {
        for (const room of rooms.roomsOfBoard(board)) {
          for (const conn of room.connections) {
            if (conn.claims.role === role && conn.claims.gen < gen)
              conn.close(CloseCodes.Unauthorized.code, 'this share link was replaced')
          }
        }
      },
    }),
  )
  const renderer = deps.renderer ?? chromiumRenderer({ executablePath: deps.chromiumPath })
  app.route(
    '/api/boards',
    exportRoutes({
      storage: deps.storage,
      signer: deps.signer,
      rooms,
      renderer,
      log,
      now: deps.now ?? Date.now,
      maxImportBytes: limits.maxMessageBytes,
      maxDocBytes: limits.maxDocBytes,
    }),
  )
  app.get(
    '/sync/:room',
    syncHandler(upgradeWebSocket, {
      signer: deps.signer,
      boards: deps.storage,
      rooms,
      limits,
      metrics,
      log,
      connectionsByAddress: new Map(),
    }),
  )
  if (deps.clientDir) app.route('/', staticClient(deps.clientDir))

  return {
    app,
    rooms,
    metrics,
    limits,
    attach(server) {
      injectWebSocket(server)
    },
    async shutdown() {
      await rooms.closeAll(CloseCodes.ServerRestart.code, CloseCodes.ServerRestart.reason)
      await renderer.close()
      await deps.storage.close()
    },
  }
}
