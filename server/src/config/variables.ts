import { DEFAULT_HTTP_OPTIONS as HTTP } from '../http/httpOptions.ts'
import { DEFAULT_LIMITS as LIMITS } from '../relay/limits.ts'
import { flag, MAX_TIMER_MS, origins, path, text, url, type Variable, whole } from './kinds.ts'

const KiB = 1024
// Caps past this are typos: a room of a gigabyte could not be loaded, let alone relayed.
const GiB = 1024 * 1024 * 1024
// Far above any real use; rejects a value with a stray digit or two.
const MANY = 1_000_000

const bytes = (fallback: number, meaning: string) =>
  whole({ unit: 'bytes', min: KiB, max: GiB, fallback, meaning })
const perMinute = (what: string, fallback: number, meaning: string) =>
  whole({ unit: `${what} per minute`, min: 0, max: MANY, zeroMeans: 'off', fallback, meaning })
// Below 100 ms a timer would mostly be someone writing seconds where milliseconds are meant.
const interval = (fallback: number, meaning: string) =>
  whole({ unit: 'milliseconds', min: 100, max: MAX_TIMER_MS, fallback, meaning })
const delay = (fallback: number, meaning: string, zeroMeans?: string) =>
  whole({ unit: 'milliseconds', min: 0, max: MAX_TIMER_MS, zeroMeans, fallback, meaning })
const sockets = (fallback: number, meaning: string) => whole({ min: 1, max: MANY, fallback, meaning })

/**
 * Every environment variable the server reads, in the order of the README's configuration table
 * (which `pnpm run docs:config` renders from this list).
 */
export const VARIABLES = {
  PORT: whole({
    min: 0,
    max: 65535,
    zeroMeans: 'any free port',
    fallback: 8787,
    meaning: 'HTTP and websocket port',
  }),
  HOST: text({
    accepts: 'a host name or IP address',
    pattern: /^[\w.:%-]+$/,
    fallback: '127.0.0.1',
    meaning: 'interface to listen on',
  }),
  DATA_DIR: path({
    accepts: 'a directory path',
    fallback: './data',
    meaning:
      'SQLite file (`boards.sqlite`) and the generated token secret; a relative path is relative to where you run `pnpm`',
  }),
  AUTH_SECRET: text({
    accepts: 'any text',
    fallback: undefined,
    fallbackText: 'generated into `DATA_DIR/auth-secret`',
    meaning:
      'secret that signs share-link and participant tokens; with several instances it must be the same on all, so a token signed by one is valid on every one',
  }),
  MAX_MESSAGE_BYTES: bytes(
    LIMITS.maxMessageBytes,
    'largest websocket message; larger ones close the socket with 4413',
  ),
  MAX_DOC_BYTES: bytes(LIMITS.maxDocBytes, 'largest stored board; a write past it closes with 4413'),
  MAX_BUFFERED_BYTES: bytes(
    LIMITS.maxBufferedBytes,
    'unsent bytes a slow reader may accumulate, beyond the sync reply it is still receiving, before it is closed with 1013',
  ),
  MAX_CONNECTIONS_PER_ROOM: sockets(LIMITS.maxConnectionsPerRoom, 'open sockets per board room'),
  MAX_CONNECTIONS_PER_ADDRESS: sockets(LIMITS.maxConnectionsPerAddress, 'open sockets per client address'),
  ROOM_GRACE_MS: delay(LIMITS.roomGraceMs, 'how long an empty room stays in memory'),
  HIBERNATE_AFTER_MS: delay(
    LIMITS.hibernateAfterMs,
    'a room unused this long (people may still be connected) keeps only its encoded document until the next edit; joins, state fetches and presence are served without rebuilding it',
    'never',
  ),
  COMPACT_EVERY_UPDATES: whole({
    unit: 'updates',
    min: 1,
    max: MANY,
    fallback: LIMITS.compactEveryUpdates,
    meaning: 'stored updates of a room that trigger compaction into one snapshot',
  }),
  HEARTBEAT_MS: interval(
    LIMITS.heartbeatMs,
    'sockets are pinged this often; one that missed the previous pong is cut off (frees rooms held by vanished peers)',
  ),
  CHROMIUM_PATH: path({
    accepts: 'a file path',
    fallback: undefined,
    fallbackText: '`/usr/bin/chromium` (or `chromium-browser`, `google-chrome-stable`)',
    meaning: 'the browser that renders PNG and PDF exports',
  }),
  MAX_BODY_BYTES: bytes(HTTP.maxBodyBytes, 'largest request body on `/api/...`; larger ones get 413'),
  MAX_ATTACHMENT_BYTES: bytes(
    HTTP.maxAttachmentBytes,
    'largest attachment (image, PDF, spreadsheet or text file on a board); larger ones get 413',
  ),
  MAX_BOARD_ATTACHMENT_BYTES: bytes(
    HTTP.maxBoardAttachmentBytes,
    "all of one board's attachments together (a file attached twice counts once); an upload past it gets 413",
  ),
  RATE_REQUESTS_PER_MINUTE: perMinute(
    'requests',
    HTTP.requestsPerMinute,
    'HTTP requests (page assets included) per client address per minute; 429 past it',
  ),
  RATE_BOARDS_PER_MINUTE: perMinute(
    'boards',
    HTTP.boardsPerMinute,
    'boards created or imported per client address per minute; 429 past it',
  ),
  RATE_SOCKETS_PER_MINUTE: perMinute(
    'connections',
    HTTP.socketsPerMinute,
    'websocket connection attempts (and board state fetches) per client address per minute; 429 past it',
  ),
  CORS_ORIGINS: origins('origins allowed to call the API from other sites; unset sends no CORS headers'),
  RATE_SEARCHES_PER_MINUTE: perMinute(
    'searches',
    HTTP.searchesPerMinute,
    'workspace searches per client address per minute; 429 past it',
  ),
  TRUST_PROXY: flag(
    HTTP.trustProxy,
    '`true` behind a reverse proxy: the client address is the last `X-Forwarded-For` entry',
  ),
  WEBHOOK_ALLOW_PRIVATE: flag(
    false,
    '`true` lets workspace webhooks call receivers on private, loopback or link-local addresses and over plain http (refused by default)',
  ),
  CLIENT_DIR: path({
    accepts: 'a directory path',
    fallback: undefined,
    fallbackText: '`client/dist` of this checkout',
    meaning: 'the built client served at `/`; a relative path is relative to where you run `pnpm`',
  }),
  DATABASE_URL: url({
    schemes: ['postgres', 'postgresql'],
    fallbackText: '(none: SQLite in `DATA_DIR`)',
    meaning:
      'PostgreSQL connection string, for several instances; the schema is created and migrated on start (several instances may start at once)',
  }),
  REDIS_URL: url({
    schemes: ['redis', 'rediss'],
    orAbsolutePath: 'an absolute Unix socket path',
    fallbackText: '(none: one instance)',
    meaning:
      'Redis that carries incremental updates, presence and board events between instances (pub/sub, binary frames)',
  }),
  HEAL_INTERVAL_MS: interval(
    LIMITS.healIntervalMs,
    'with several instances: how often each open room compares its state vector and delete-set digest with the other instances; also done at once after a Redis reconnect',
  ),
  OWNER_LEASE_MS: interval(
    LIMITS.ownerLeaseMs,
    'with several instances: one instance per board closes voting rounds at their deadline, publishes results and reveals private notes, under a Redis lease of this length; if it dies another takes over within it',
  ),
  ORPHAN_SWEEP_MS: delay(
    // createApp's own default (not exported there), repeated so the README can show it.
    60 * 60 * 1000,
    'how often rows a deleted board left behind are removed: an instance that hears of a deletion late may still store a batch it had in flight',
    'never',
  ),
  INIT_CWD: path({
    accepts: 'a directory path',
    fallback: undefined,
    fallbackText: 'the working directory',
    meaning:
      'set by `pnpm` to where it was run; relative `DATA_DIR` and `CLIENT_DIR` are resolved against it',
  }),
} satisfies Record<string, Variable<unknown, unknown>>

type ValueOf<V> = V extends Variable<infer T, infer F> ? T | F : never

/** The server's settings, read from the environment; see VARIABLES. */
export type Config = { [Name in keyof typeof VARIABLES]: ValueOf<(typeof VARIABLES)[Name]> }
