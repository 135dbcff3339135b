import type { Server } from 'node:http'
import { createNodeWebSocket } from '@hono/node-ws'
import { CloseCodes } from '@jm/shared'
import { Hono } from 'hono'
import type { TokenSigner } from './auth/tokens.ts'
import { FacilitationService } from './facilitation/FacilitationService.ts'
import { boardRoutes } from './http/boardRoutes.ts'
import { staticClient } from './http/staticClient.ts'
import { syncHandler } from './http/syncRoute.ts'
import { type Logger, silentLogger } from './log.ts'
import { RelayMetrics } from './metrics.ts'
import { DEFAULT_LIMITS, type RelayLimits } from './relay/limits.ts'
import { RoomRegistry } from './relay/RoomRegistry.ts'
import type { Storage } from './storage/DocStore.ts'

export interface AppDeps {
  storage: Storage
  signer: TokenSigner
  limits?: Partial<RelayLimits>
  log?: Logger
  /** The built client (client/dist); omitted in tests that need only the API and relay. */
  clientDir?: string
  now?: () => number
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
  const now = deps.now ?? Date.now
  const facilitation = new FacilitationService(rooms, {
    now,
    log,
    checkEveryMs: Math.max(50, limits.roomGraceMs),
  })
  const app = new Hono()
  const { injectWebSocket, upgradeWebSocket, wss } = createNodeWebSocket({ app })
  // Frames past the message cap are refused by Room with 4413; this is the hard stop for absurd ones.
  wss.options.maxPayload = limits.maxMessageBytes * 2

  app.get('/api/health', (c) => c.json({ ok: true, rooms: rooms.size }))
  // Server time, so every client can show the same countdown whatever its own clock says.
  app.get('/api/time', (c) => c.json({ now: now() }, 200, { 'cache-control': 'no-store' }))
  app.get('/metrics', async (c) =>
    c.text(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType }),
  )
  app.route(
    '/api/boards',
    boardRoutes({
      storage: deps.storage,
      signer: deps.signer,
      now,
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
      facilitation.stop()
      await rooms.closeAll(CloseCodes.ServerRestart.code, CloseCodes.ServerRestart.reason)
      await deps.storage.close()
    },
  }
}
