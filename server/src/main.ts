import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from './app.ts'
import { loadOrCreateSecret } from './auth/secret.ts'
import { TokenSigner } from './auth/tokens.ts'
import { openRedisBus } from './bus/redis.ts'
import { parseConfig } from './config/parseConfig.ts'
import { listen } from './listen.ts'
import { jsonLogger } from './log.ts'
import { openPostgresStorage } from './storage/postgres.ts'
import { openSqliteStorage } from './storage/sqlite.ts'

// The only module that reads the environment. A value that does not fit stops the start here,
// before storage is opened: a cap read as NaN would otherwise switch itself off without a word.
const parsed = parseConfig(process.env)
if (!parsed.ok) {
  for (const problem of parsed.problems) process.stderr.write(`${problem}\n`)
  process.stderr.write('not started: see "Configuration" in README.md\n')
  process.exit(1)
}
const config = parsed.config
// `pnpm start` runs this in server/; relative paths mean relative to where the operator ran pnpm.
const invokedFrom = config.INIT_CWD ?? process.cwd()
const dataDir = resolve(invokedFrom, config.DATA_DIR)
const clientDir = resolve(
  invokedFrom,
  config.CLIENT_DIR ?? fileURLToPath(new URL('../../client/dist', import.meta.url)),
)

// A log reader that went away (a closed pipe) must not take the relay down with it.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})
const log = jsonLogger()
// DATABASE_URL and REDIS_URL switch to several instances sharing rooms; without them, embedded SQLite.
const storage = config.DATABASE_URL
  ? await openPostgresStorage(config.DATABASE_URL)
  : openSqliteStorage(resolve(dataDir, 'boards.sqlite'))
const bus = config.REDIS_URL ? await openRedisBus(config.REDIS_URL, log) : undefined
const built = createApp({
  storage,
  bus,
  signer: new TokenSigner(loadOrCreateSecret(dataDir, config.AUTH_SECRET)),
  log,
  clientDir,
  chromiumPath: config.CHROMIUM_PATH,
  orphanSweepMs: config.ORPHAN_SWEEP_MS,
  webhooks: { allowPrivate: config.WEBHOOK_ALLOW_PRIVATE },
  http: {
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxAttachmentBytes: config.MAX_ATTACHMENT_BYTES,
    maxBoardAttachmentBytes: config.MAX_BOARD_ATTACHMENT_BYTES,
    boardsPerMinute: config.RATE_BOARDS_PER_MINUTE,
    requestsPerMinute: config.RATE_REQUESTS_PER_MINUTE,
    socketsPerMinute: config.RATE_SOCKETS_PER_MINUTE,
    searchesPerMinute: config.RATE_SEARCHES_PER_MINUTE,
    corsOrigins: config.CORS_ORIGINS,
    trustProxy: config.TRUST_PROXY,
  },
  limits: {
    maxMessageBytes: config.MAX_MESSAGE_BYTES,
    maxDocBytes: config.MAX_DOC_BYTES,
    maxBufferedBytes: config.MAX_BUFFERED_BYTES,
    maxConnectionsPerRoom: config.MAX_CONNECTIONS_PER_ROOM,
    maxConnectionsPerAddress: config.MAX_CONNECTIONS_PER_ADDRESS,
    roomGraceMs: config.ROOM_GRACE_MS,
    hibernateAfterMs: config.HIBERNATE_AFTER_MS,
    compactEveryUpdates: config.COMPACT_EVERY_UPDATES,
    healIntervalMs: config.HEAL_INTERVAL_MS,
    ownerLeaseMs: config.OWNER_LEASE_MS,
    heartbeatMs: config.HEARTBEAT_MS,
  },
})

const listening = await listen(built, { port: config.PORT, hostname: config.HOST })
// Tests start this process with PORT=0 and read the chosen port from this line.
log.info('listening', {
  url: `http://${config.HOST}:${listening.port}`,
  port: listening.port,
  storage: config.DATABASE_URL ? 'postgresql' : `sqlite in ${dataDir}`,
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
