import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type App,
  type Bus,
  createApp,
  type HttpOptions,
  type Logger,
  listen,
  openSqliteStorage,
  type RelayLimits,
  type RoomHooksByKind,
  type Storage,
  TokenSigner,
  type WebhookOptions,
} from '@jm/server'

export interface TestServer {
  url: string
  wsUrl: string
  dataDir: string
  built: App
  close(): Promise<void>
}

export const TEST_SECRET = 'test-secret-of-sufficient-length'

/** The real app on port 0 with SQLite in a fresh temporary directory. */
export async function startInProcessServer(
  options: {
    limits?: Partial<RelayLimits>
    http?: Partial<HttpOptions>
    log?: Logger
    now?: () => number
    clientDir?: string
    chromiumPath?: string
    dataDir?: string
    roomHooks?: RoomHooksByKind
    /** Shared storage and bus for several instances; SQLite in dataDir and no bus otherwise. */
    storage?: Storage
    bus?: Bus
    /** A fixed port, e.g. to restart a server where browsers expect it; a free one by default. */
    port?: number
    orphanSweepMs?: number
    webhooks?: Partial<WebhookOptions>
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'jm-test-'))
  const built = createApp({
    storage: options.storage ?? openSqliteStorage(join(dataDir, 'boards.sqlite')),
    bus: options.bus,
    signer: new TokenSigner(TEST_SECRET),
    limits: { roomGraceMs: 200, ...options.limits },
    http: options.http,
    log: options.log,
    now: options.now,
    clientDir: options.clientDir,
    chromiumPath: options.chromiumPath,
    roomHooks: options.roomHooks,
    orphanSweepMs: options.orphanSweepMs,
    webhooks: options.webhooks,
  })
  const listening = await listen(built, { port: options.port ?? 0, hostname: '127.0.0.1' })
  const port = listening.port
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    dataDir,
    built,
    async close() {
      await listening.close()
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
