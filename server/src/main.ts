import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from './app.ts'
import { loadOrCreateSecret } from './auth/secret.ts'
import { TokenSigner } from './auth/tokens.ts'
import { openRedisBus } from './bus/redis.ts'
import { listen } from './listen.ts'
import { jsonLogger } from './log.ts'
import { openPostgresStorage } from './storage/postgres.ts'
import { openSqliteStorage } from './storage/sqlite.ts'

// The only module that reads the environment.
const env = process.env
const port = Number(env.PORT ?? 8787)
const host = env.HOST ?? '127.0.0.1'
// `pnpm start` runs this in server/; relative paths mean relative to where the operator ran pnpm.
const invokedFrom = env.INIT_CWD ?? process.cwd()
const dataDir = resolve(invokedFrom, env.DATA_DIR ?? './data')
const clientDir = resolve(
  invokedFrom,
  env.CLIENT_DIR ?? fileURLToPath(new URL('../../client/dist', import.meta.url)),
)
const optionalNumber = (name: string): number | undefined => (env[name] ? Number(env[name]) : undefined)

const optionalList = (name: string): string[] | undefined =>
  env[name]
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean)
const optionalFlag = (name: string): boolean | undefined =>
  env[name] === undefined ? undefined : ['1', 'true', 'yes'].includes(env[name].toLowerCase())
const definedOnly = <T extends object>(values: T): Partial<T> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>

// A log reader that went away (a closed pipe) must not take the relay down with it.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})
const log = jsonLogger()
// DATABASE_URL and REDIS_URL switch to several instances sharing rooms; without them, embedded SQLite.
const storage = env.DATABASE_URL
  ? await openPostgresStorage(env.DATABASE_URL)
  : openSqliteStorage(resolve(dataDir, 'boards.sqlite'))
const bus = env.REDIS_URL ? await openRedisBus(env.REDIS_URL, log) : undefined
const built = createApp({
  storage,
  bus,
  signer: new TokenSigner(loadOrCreateSecret(dataDir, env.AUTH_SECRET)),
  log,
  clientDir,
  chromiumPath: env.CHROMIUM_PATH || undefined,
  orphanSweepMs: optionalNumber('ORPHAN_SWEEP_MS'),
  http: definedOnly({
    maxBodyBytes: optionalNumber('MAX_BODY_BYTES'),
    boardsPerMinute: optionalNumber('RATE_BOARDS_PER_MINUTE'),
    requestsPerMinute: optionalNumber('RATE_REQUESTS_PER_MINUTE'),
    socketsPerMinute: optionalNumber('RATE_SOCKETS_PER_MINUTE'),
    corsOrigins: optionalList('CORS_ORIGINS'),
    trustProxy: optionalFlag('TRUST_PROXY'),
  }),
  limits: definedOnly({
    maxMessageBytes: optionalNumber('MAX_MESSAGE_BYTES'),
    maxDocBytes: optionalNumber('MAX_DOC_BYTES'),
    maxBufferedBytes: optionalNumber('MAX_BUFFERED_BYTES'),
    maxConnectionsPerRoom: optionalNumber('MAX_CONNECTIONS_PER_ROOM'),
    maxConnectionsPerAddress: optionalNumber('MAX_CONNECTIONS_PER_ADDRESS'),
    roomGraceMs: optionalNumber('ROOM_GRACE_MS'),
    hibernateAfterMs: optionalNumber('HIBERNATE_AFTER_MS'),
    compactEveryUpdates: optionalNumber('COMPACT_EVERY_UPDATES'),
    healIntervalMs: optionalNumber('HEAL_INTERVAL_MS'),
    ownerLeaseMs: optionalNumber('OWNER_LEASE_MS'),
    heartbeatMs: optionalNumber('HEARTBEAT_MS'),
  }),
})

const listening = await listen(built, { port, hostname: host })
// Tests start this process with PORT=0 and read the chosen port from this line.
log.info('listening', {
  url: `http://${host}:${listening.port}`,
  port: listening.port,
  storage: env.DATABASE_URL ? 'postgresql' : `sqlite in ${dataDir}`,
  bus: bus ? `redis (instance ${bus.instanceId})` : 'none',
})

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  log.info('shutting down', { signal })
  listening.close().then(
    () => {
      log.info('stopped', { signal })
      process.exit(0)
    },
    (error: unknown) => {
      log.error('shutdown failed', { error: String(error) })
      process.exit(1)
    },
  )
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
