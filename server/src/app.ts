import type { Server } from 'node:http'
import { createNodeWebSocket } from '@hono/node-ws'
import { CloseCodes } from '@jm/shared'
import type { Health, ServerTime } from '@jm/shared/api'
import { Hono } from 'hono'
import type { TokenSigner } from './auth/tokens.ts'
import { BoardEvents } from './bus/BoardEvents.ts'
import { type Bus, localBus } from './bus/Bus.ts'
import { combineHooks } from './facilitation/combineHooks.ts'
import { FacilitationService } from './facilitation/FacilitationService.ts'
import { attachmentRoutes } from './http/attachmentRoutes.ts'
import { boardReadRoutes } from './http/boardReadRoutes.ts'
import { boardRoutes } from './http/boardRoutes.ts'
import { deleteBoardRoute } from './http/deleteBoardRoute.ts'
import { exportRoutes } from './http/exportRoutes.ts'
import { hardenHttp } from './http/hardening.ts'
import { DEFAULT_HTTP_OPTIONS, type HttpOptions } from './http/httpOptions.ts'
import { boardPeopleRoute, workspacePeopleRoute } from './http/peopleRoutes.ts'
import { remapBoardRoute } from './http/remapBoardRoute.ts'
import { searchRoute } from './http/searchRoute.ts'
import { staticClient } from './http/staticClient.ts'
import { syncHandler } from './http/syncRoute.ts'
import { answerUnmatchedRoutes } from './http/unmatchedRoutes.ts'
import { versionRoutes } from './http/versionRoutes.ts'
import { webhookRoutes } from './http/webhookRoutes.ts'
import { workspaceActionsRoute } from './http/workspaceActionsRoute.ts'
import { workspaceBoardRoutes } from './http/workspaceBoardRoutes.ts'
import { workspaceRoutes } from './http/workspaceRoutes.ts'
import { type Logger, silentLogger } from './log.ts'
import { RelayMetrics } from './metrics.ts'
import { closeSockets } from './relay/closeSockets.ts'
import { startHeartbeat } from './relay/heartbeat.ts'
import type { RoomHooksByKind } from './relay/hooks.ts'
import { DEFAULT_LIMITS, type RelayLimits } from './relay/limits.ts'
import { RoomRegistry } from './relay/RoomRegistry.ts'
import { reportRefusal } from './relay/refusals.ts'
import { chromiumRenderer, type Renderer } from './render/ChromiumRenderer.ts'
import type { Storage } from './storage/DocStore.ts'
import { startOrphanSweep } from './storage/orphanSweep.ts'
import {
  DEFAULT_WEBHOOK_OPTIONS,
  WebhookDispatcher,
  type WebhookOptions,
} from './webhooks/WebhookDispatcher.ts'
import { WorkspaceDirectory } from './workspaces/WorkspaceDirectory.ts'

export interface AppDeps {
  storage: Storage
  signer: TokenSigner
  limits?: Partial<RelayLimits>
  /** Body size, rate limits, CORS origins, proxy trust; see HttpOptions. */
  http?: Partial<HttpOptions>
  log?: Logger
  /** The built client (client/dist); omitted in tests that need only the API and relay. */
  clientDir?: string
  now?: () => number
  /** Renders PNG/PDF exports; headless Chromium (at `chromiumPath` or a usual path) by default. */
  renderer?: Renderer
  chromiumPath?: string
  /** Extension points per room kind (e.g. facilitation guards); see relay/hooks.ts. */
  roomHooks?: RoomHooksByKind
  /** Carries rooms between relay instances (Redis); absent on a single instance. */
  bus?: Bus
  /** How often rows left by deleted boards are removed (see orphanSweep.ts); 0 = never. */
  orphanSweepMs?: number
  /** Outgoing webhooks: private receivers allowed or not, retries, timeout (see WebhookDispatcher). */
  webhooks?: Partial<WebhookOptions>
}

export interface App {
  app: Hono
  rooms: RoomRegistry
  metrics: RelayMetrics
  limits: RelayLimits
  /** Resolves once the app hears other instances' board events (at once on a single instance). */
  ready: Promise<void>
  /** Wires the websocket upgrade into a started HTTP server. */
  attach(server: Server): void
  /** Stops accepting, closes every socket with 1012, stores what they sent before, then closes storage. */
  shutdown(): Promise<void>
}

/** A client that does not answer the close frame in this time is cut off once its close frame left. */
const CLOSE_HANDSHAKE_MS = 2000
/** A client still receiving its backlog (close frame last) after this long is taken for dead. */
const CLOSE_DRAIN_MS = 10_000
const ORPHAN_SWEEP_MS = 60 * 60 * 1000

export function createApp(deps: AppDeps): App {
  const limits: RelayLimits = { ...DEFAULT_LIMITS, ...deps.limits }
  const log = deps.log ?? silentLogger
  const metrics = new RelayMetrics()
  const now = deps.now ?? Date.now
  const facilitation = new FacilitationService({
    now,
    log,
    bus: deps.bus ?? localBus,
    leaseMs: limits.ownerLeaseMs,
    checkEveryMs: Math.max(50, limits.roomGraceMs),
  })
  const webhookOptions = { ...DEFAULT_WEBHOOK_OPTIONS, ...deps.webhooks }
  const webhooks = new WebhookDispatcher({ store: deps.storage, options: webhookOptions, log, now })
  const directory = new WorkspaceDirectory({
    store: deps.storage,
    rooms: () => rooms,
    now,
    log,
    onChanges: (workspace, board, changes) =>
      void webhooks
        .announce(workspace, board, changes)
        .catch((error: unknown) =>
          log.warn('webhook announce failed', { workspace, board: board.id, error: String(error) }),
        ),
  })
  const rooms: RoomRegistry = new RoomRegistry(
    {
      store: deps.storage,
      limits,
      metrics,
      log,
      bus: deps.bus,
      onStored: (room, editor) => directory.boardStored(room, editor),
    },
    combineHooks(facilitation.hooks, deps.roomHooks),
  )
  facilitation.attach(rooms)
  const boardEvents = new BoardEvents(deps.bus ?? localBus, (event) => {
    switch (event.type) {
      case 'deleted':
        directory.forget(event.board)
        return rooms.discardBoard(event.board, CloseCodes.Deleted.code, CloseCodes.Deleted.reason)
      case 'link-rotated':
        return rooms.revokeLink(event.board, event.role, event.gen)
      case 'archived':
        directory.applyArchived(event.board, event.archived)
        return rooms.setArchived(event.board, event.archived)
    }
  })
  const ready = boardEvents.start()
  const stopOrphanSweep = startOrphanSweep(deps.storage, deps.orphanSweepMs ?? ORPHAN_SWEEP_MS, log)
  let accepting = true
  const app = new Hono()
  const httpOptions: HttpOptions = { ...DEFAULT_HTTP_OPTIONS, ...deps.http }
  hardenHttp(app, { options: httpOptions, log, metrics, now })
  const { injectWebSocket, upgradeWebSocket, wss } = createNodeWebSocket({ app })
  // Frames past the message cap are refused by Room with 4413; this is the hard stop for absurd ones.
  wss.options.maxPayload = limits.maxMessageBytes * 2
  const stopHeartbeat = startHeartbeat(wss, limits.heartbeatMs, () =>
    reportRefusal({ metrics, log }, 'no-pong', {}),
  )

  app.get('/api/health', async (c) => {
    const [storage, bus] = await Promise.all([
      deps.storage.ping ? deps.storage.ping() : true,
      deps.bus ? deps.bus.ping() : null,
    ])
    const ok = storage && bus !== false
    const state = (reachable: boolean | null) =>
      reachable === null ? 'not used' : reachable ? 'reachable' : 'unreachable'
    return c.json(
      { ok, rooms: rooms.size, storage: state(storage), bus: state(bus) } satisfies Health,
      ok ? 200 : 503,
    )
  })
  // Server time, so every client can show the same countdown whatever its own clock says.
  app.get('/api/time', (c) =>
    c.json({ now: now() } satisfies ServerTime, 200, { 'cache-control': 'no-store' }),
  )
  app.get('/metrics', async (c) =>
    c.text(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType }),
  )
  app.route(
    '/api/boards',
    boardRoutes({
      storage: deps.storage,
      signer: deps.signer,
      now,
      directory,
      onLinkRotated: (board, role, gen) => boardEvents.announce({ type: 'link-rotated', board, role, gen }),
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
      now,
      maxDocBytes: limits.maxDocBytes,
      maxBoardAttachmentBytes: httpOptions.maxBoardAttachmentBytes,
      directory,
    }),
  )
  app.route('/api/boards', deleteBoardRoute({ storage: deps.storage, signer: deps.signer, boardEvents, log }))
  app.route('/api/boards', boardReadRoutes({ boards: deps.storage, signer: deps.signer, rooms }))
  app.route(
    '/api/boards',
    attachmentRoutes({
      storage: deps.storage,
      signer: deps.signer,
      maxBoardBytes: httpOptions.maxBoardAttachmentBytes,
      log,
      directory,
    }),
  )
  app.route(
    '/api/boards',
    versionRoutes({ storage: deps.storage, signer: deps.signer, rooms, log, now, directory }),
  )
  app.route('/api/workspaces', workspaceRoutes({ store: deps.storage, signer: deps.signer, now }))
  app.route(
    '/api/workspaces',
    workspaceBoardRoutes({ storage: deps.storage, signer: deps.signer, boardEvents }),
  )
  app.route('/api/workspaces', searchRoute({ store: deps.storage, signer: deps.signer }))
  app.route('/api/workspaces', workspaceActionsRoute({ store: deps.storage, signer: deps.signer, now }))
  const people = { storage: deps.storage, signer: deps.signer, directory }
  app.route('/api/workspaces', workspacePeopleRoute(people))
  app.route('/api/boards', boardPeopleRoute(people))
  app.route(
    '/api/workspaces',
    webhookRoutes({
      store: deps.storage,
      signer: deps.signer,
      allowPrivate: webhookOptions.allowPrivate,
      now,
    }),
  )
  app.route(
    '/api/workspaces',
    remapBoardRoute({ storage: deps.storage, signer: deps.signer, rooms, directory, now }),
  )
  app.get(
    '/sync/:room',
    syncHandler(upgradeWebSocket, {
      signer: deps.signer,
      boards: deps.storage,
      rooms,
      directory,
      limits,
      metrics,
      log,
      connectionsByAddress: new Map(),
      accepting: () => accepting,
    }),
  )
  // The handler above lets a request without `Upgrade: websocket` through; it is no page either.
  app.get('/sync/:room', (c) =>
    c.json({ error: `${c.req.path} is a websocket: send Upgrade: websocket` }, 426, { upgrade: 'websocket' }),
  )
  answerUnmatchedRoutes(app)
  if (deps.clientDir) app.route('/', staticClient(deps.clientDir))

  return {
    app,
    rooms,
    metrics,
    limits,
    ready,
    attach(server) {
      injectWebSocket(server)
    },
    async shutdown() {
      accepting = false
      facilitation.stop()
      stopHeartbeat()
      rooms.closeAll(CloseCodes.ServerRestart.code, CloseCodes.ServerRestart.reason)
      await renderer.close()
      await closeSockets(wss, {
        handshakeMs: CLOSE_HANDSHAKE_MS,
        drainMs: CLOSE_DRAIN_MS,
        onDraining: (sockets) => log.info('draining slow sockets', { sockets }),
      })
      await directory.stop()
      webhooks.stop()
      await rooms.unloadAll()
      await stopOrphanSweep()
      await deps.storage.close()
      await deps.bus?.close()
    },
  }
}
