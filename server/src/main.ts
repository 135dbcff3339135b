import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from './app.ts'
import { loadOrCreateSecret } from './auth/secret.ts'
import { TokenSigner } from './auth/tokens.ts'
import { listen } from './listen.ts'
import { jsonLogger } from './log.ts'
import { openSqliteStorage } from './storage/sqlite.ts'

// The only module that reads the environment.
const env = process.env
const port = Number(env.PORT ?? 8787)
const host = env.HOST ?? '127.0.0.1'
const dataDir = resolve(env.DATA_DIR ?? './data')
const clientDir = resolve(env.CLIENT_DIR ?? fileURLToPath(new URL('../../client/dist', import.meta.url)))
const optionalNumber = (name: string): number | undefined => (env[name] ? Number(env[name]) : undefined)

const log = jsonLogger()
const storage = openSqliteStorage(resolve(dataDir, 'boards.sqlite'))
const built = createApp({
  storage,
  signer: new TokenSigner(loadOrCreateSecret(dataDir, env.AUTH_SECRET)),
  log,
  clientDir,
  chromiumPath: env.CHROMIUM_PATH || undefined,
  limits: Object.fromEntries(
    Object.entries({
      maxMessageBytes: optionalNumber('MAX_MESSAGE_BYTES'),
      maxDocBytes: optionalNumber('MAX_DOC_BYTES'),
      maxBufferedBytes: optionalNumber('MAX_BUFFERED_BYTES'),
      maxConnectionsPerRoom: optionalNumber('MAX_CONNECTIONS_PER_ROOM'),
      maxConnectionsPerAddress: optionalNumber('MAX_CONNECTIONS_PER_ADDRESS'),
      roomGraceMs: optionalNumber('ROOM_GRACE_MS'),
      compactEveryUpdates: optionalNumber('COMPACT_EVERY_UPDATES'),
    }).filter(([, value]) => value !== undefined),
  ),
})

const listening = await listen(built, { port, hostname: host })
// Tests start this process with PORT=0 and read the chosen port from this line.
log.info('listening', { url: `http://${host}:${listening.port}`, port: listening.port, dataDir })

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  log.info('shutting down', { signal })
  listening.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log.error('shutdown failed', { error: String(error) })
      process.exit(1)
    },
  )
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
