import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createBoard } from '../helpers/boards.ts'
import { startPostgres, startRedis } from '../helpers/externalServers.ts'
import {
  type ServerProcess,
  startListeningProcess,
  startServerProcess,
  UNLIMITED_RATES,
} from '../helpers/serverProcess.ts'
import { withTimeout } from './load/timeout.ts'
import { rssBytes } from './procStats.ts'
import { type RoomTicket, type ServerKind, urlFor } from './wire.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const PROBE = ['--expose-gc', '--import', here('./peers/memoryProbe.ts')]

export interface ServerMemory {
  /** V8 heap plus external memory (buffers) in use right after two full collections. */
  live: number
  rss: number
}

/** One server under test in its own process on 127.0.0.1. */
export interface BenchServer {
  kind: ServerKind
  /** The server's processes, whose CPU and memory are summed (a cluster has several). */
  pids: number[]
  /** Fresh rooms and what a client needs to open each (our relay: boards created over HTTP). */
  createRooms(count: number): Promise<RoomTicket[]>
  /** Where the `client`-th client of a room connects: the same server, or on a cluster the next instance. */
  ticketFor(ticket: RoomTicket, client: number): RoomTicket
  /** Collects garbage in the server (through the probe) and reads its heap and resident size. */
  memory(): Promise<ServerMemory>
  /** Rooms the server holds in memory, where it tells (our relay's /api/health). */
  loadedRooms(): Promise<number | null>
  /** Websocket bytes received so far, where it tells (our relay's /metrics). */
  bytesIn(): Promise<number | null>
  stop(): Promise<void>
}

export interface ServerSettings {
  /** Our relay's ROOM_GRACE_MS for the run. */
  roomGraceMs: number
  /** Our relay's HIBERNATE_AFTER_MS for the run. */
  hibernateAfterMs: number
  /** Writes a V8 CPU profile of our relay there (node --cpu-prof) when it stops. */
  profileDir?: string
}

export async function startBenchServer(kind: ServerKind, settings: ServerSettings): Promise<BenchServer> {
  if (kind === 'relay') return startRelay(settings)
  if (kind === 'relay-cluster') return startRelayCluster(settings)
  const entry = here(kind === 'y-websocket' ? './peers/yWebsocketServer.ts' : './peers/hocuspocusServer.ts')
  const process = await startListeningProcess(entry, { nodeArgs: PROBE })
  let next = 0
  const prefix = `bench-${Date.now().toString(36)}`
  return wrap(kind, process, {
    async createRooms(count) {
      return Array.from({ length: count }, () => {
        const room = `${prefix}-${next++}`
        return { kind, room, token: '', url: urlFor(kind, process.wsUrl, room, '') }
      })
    },
    async loadedRooms() {
      return null
    },
    async bytesIn() {
      return null
    },
  })
}

async function startRelay(
  settings: ServerSettings,
  extraEnv: Record<string, string> = {},
  kind: ServerKind = 'relay',
): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jm-bench-'))
  // All load clients come from 127.0.0.1, so the per-address and per-room caps are raised for the run.
  const process = await startServerProcess(
    dataDir,
    {
      ROOM_GRACE_MS: String(settings.roomGraceMs),
      HIBERNATE_AFTER_MS: String(settings.hibernateAfterMs),
      MAX_CONNECTIONS_PER_ADDRESS: '100000',
      MAX_CONNECTIONS_PER_ROOM: '100000',
      ...UNLIMITED_RATES,
      ...extraEnv,
    },
    settings.profileDir ? [...PROBE, '--cpu-prof', `--cpu-prof-dir=${settings.profileDir}`] : PROBE,
  )
  const server = wrap(kind, process, {
    async createRooms(count) {
      const tickets: RoomTicket[] = []
      let made = 0
      const lane = async () => {
        while (made < count) {
          made++
          const board = await createBoard(process.url)
          tickets.push({
            kind,
            room: board.id,
            token: board.tokens.editor,
            url: urlFor(kind, process.wsUrl, board.id, board.tokens.editor),
          })
        }
      }
      await Promise.all(Array.from({ length: Math.min(16, count) }, lane))
      return tickets
    },
    async loadedRooms() {
      const health = (await (await fetch(`${process.url}/api/health`)).json()) as { rooms: number }
      return health.rooms
    },
    async bytesIn() {
      const metrics = await (await fetch(`${process.url}/metrics`)).text()
      return Number(/^jm_bytes_in_total (\d+)/m.exec(metrics)?.[1] ?? Number.NaN)
    },
  })
  const stop = server.stop
  server.stop = async () => {
    await stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  return server
}

/**
 * Three of our relays sharing rooms through a private redis-server, stored in a private PostgreSQL
 * (both from the Debian packages, as in the scale-out tests). Rooms are created on the first
 * instance; clients are dealt round-robin over the instances, so most updates cross Redis.
 */
async function startRelayCluster(settings: ServerSettings): Promise<BenchServer> {
  const [pg, redis] = await Promise.all([startPostgres(), startRedis()])
  const instances: BenchServer[] = []
  try {
    const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url }
    for (let i = 0; i < 3; i++) instances.push(await startRelay(settings, env, 'relay-cluster'))
  } catch (error) {
    for (const instance of instances) await instance.stop()
    await Promise.all([pg.stop(), redis.stop()])
    throw error
  }
  const [first] = instances
  if (!first) throw new Error('no relay instance')
  const redisPid = redis.child.pid
  const sum = async (read: (instance: BenchServer) => Promise<number | null>) => {
    const values = await Promise.all(instances.map(read))
    return values.some((value) => value === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0)
  }
  return {
    kind: 'relay-cluster',
    pids: [...instances.flatMap((instance) => instance.pids), ...(redisPid ? [redisPid] : [])],
    createRooms: (count) => first.createRooms(count),
    ticketFor(ticket, client) {
      const instance = instances[client % instances.length] ?? first
      return instance.ticketFor(ticket, client)
    },
    async memory() {
      const all = await Promise.all(instances.map((instance) => instance.memory()))
      return all.reduce((a, b) => ({ live: a.live + b.live, rss: a.rss + b.rss }))
    },
    loadedRooms: () => sum((instance) => instance.loadedRooms()),
    bytesIn: () => sum((instance) => instance.bytesIn()),
    async stop() {
      for (const instance of instances) await instance.stop()
      await Promise.all([pg.stop(), redis.stop()])
    },
  }
}

function wrap(
  kind: ServerKind,
  process: ServerProcess,
  rooms: Pick<BenchServer, 'createRooms' | 'loadedRooms' | 'bytesIn'>,
): BenchServer {
  const pid = process.child.pid
  if (!pid) throw new Error(`${kind} has no pid`)
  return {
    kind,
    pids: [pid],
    ...rooms,
    ticketFor(ticket) {
      return { ...ticket, url: urlFor(kind, process.wsUrl, ticket.room, ticket.token) }
    },
    async memory() {
      const seen = process.output().split('"event":"memory"').length
      process.child.kill('SIGUSR2')
      const deadline = Date.now() + 10_000
      for (;;) {
        const parts = process.output().split('"event":"memory"')
        if (parts.length > seen) {
          const line = parts.at(-1) ?? ''
          const field = (name: string) => Number(new RegExp(`"${name}":(\\d+)`).exec(line)?.[1])
          return { live: field('heapUsed') + field('external'), rss: rssBytes(pid) }
        }
        if (Date.now() > deadline) throw new Error(`${kind} did not answer the memory probe`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    async stop() {
      // SIGTERM first: our relay then closes cleanly (and writes its CPU profile when asked to).
      await withTimeout(process.kill('SIGTERM'), 5_000, `stopping ${kind}`).catch(() =>
        withTimeout(process.kill('SIGKILL'), 5_000, `killing ${kind}`),
      )
    },
  }
}
