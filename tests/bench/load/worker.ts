// A load worker process: owns a share of the load clients and runs the scenario steps the runner asks
// for over IPC, so generating load never competes with the runner's own bookkeeping.
import { notesOf } from '@jm/shared'
import * as Y from 'yjs'
import { type LatencyHistogram, newHistogram, record } from '../histogram.ts'
import type { Marker } from '../markers.ts'
import { LoadClient } from './loadClient.ts'
import type {
  ClientSpec,
  ConnectResult,
  FanoutStats,
  PreloadResult,
  ThroughputResult,
  TimedSync,
  WorkerCommand,
  WorkerReply,
} from './protocol.ts'
import { withTimeout } from './timeout.ts'

type MarkerListener = (client: LoadClient, marker: Marker, receivedAt: number) => void

const clients = new Map<number, LoadClient>()
let onMarker: MarkerListener = () => {}
let stopWriting: () => void = () => {}
let fanout: { stats: FanoutStats; histogram: LatencyHistogram } | null = null

function open(spec: ClientSpec, seed?: Uint8Array): LoadClient {
  const client = new LoadClient({
    ticket: spec.ticket,
    id: spec.id,
    seed,
    onMarker: spec.scan ? (marker, at) => onMarker(client, marker, at) : undefined,
  })
  clients.set(spec.id, client)
  return client
}

async function connect(command: Extract<WorkerCommand, { op: 'connect' }>): Promise<ConnectResult> {
  const failed: string[] = []
  let next = 0
  const lane = async () => {
    while (next < command.specs.length) {
      const spec = command.specs[next++] as ClientSpec
      const client = open(spec, command.seed)
      try {
        await withTimeout(client.synced, command.timeoutMs, `client ${spec.id} sync`)
      } catch (error) {
        failed.push(String(error))
        void client.close()
      }
    }
  }
  await Promise.all(Array.from({ length: command.concurrency }, lane))
  return { connected: command.specs.length - failed.length, failed: failed.slice(0, 5) }
}

/** Every client writes once per interval, phases spread evenly; receivers record window latencies. */
function startFanout(command: Extract<WorkerCommand, { op: 'fanout' }>): void {
  const { intervalMs, measureStart, measureEnd, writers } = command
  const histogram = newHistogram()
  const stats: FanoutStats = { writesInWindow: 0, delivered: 0, closedByServer: 0 }
  fanout = { stats, histogram }
  const lastSeen = new Map<LoadClient, Int32Array>()
  for (const client of clients.values()) lastSeen.set(client, new Int32Array(writers).fill(-1))
  onMarker = (client, marker, receivedAt) => {
    const last = lastSeen.get(client)
    // Some servers echo a write to its writer too; only the other clients' deliveries count.
    if (!last || marker.writer === client.id || marker.writer >= writers) return
    if (marker.seq <= (last[marker.writer] as number)) return
    last[marker.writer] = marker.seq
    if (marker.sentAt < measureStart || marker.sentAt >= measureEnd) return
    stats.delivered++
    record(histogram, receivedAt - marker.sentAt)
  }
  const start = command.start
  const schedule = [...clients.entries()].map(([id, client]) => ({
    id,
    client,
    seq: 0,
    nextAt: start + (id / writers) * intervalMs,
  }))
  const timer = setInterval(() => {
    const now = Date.now()
    if (now >= command.writeEnd) {
      clearInterval(timer)
      return
    }
    for (const entry of schedule) {
      if (now < entry.nextAt || entry.client.isClosed) continue
      entry.nextAt += intervalMs
      const sentAt = Date.now()
      entry.client.write(entry.seq++)
      if (sentAt >= measureStart && sentAt < measureEnd) stats.writesInWindow++
    }
  }, 2)
  stopWriting = () => clearInterval(timer)
}

function fanoutStats(withHistogram: boolean): FanoutStats {
  if (!fanout) throw new Error('no fan-out run')
  let closedByServer = 0
  for (const client of clients.values()) if (client.isClosed) closedByServer++
  return { ...fanout.stats, closedByServer, histogram: withHistogram ? fanout.histogram : undefined }
}

/** Writers keep `window` writes in flight; a write counts as accepted when the observer sees it relayed. */
async function throughput(command: Extract<WorkerCommand, { op: 'throughput' }>): Promise<ThroughputResult> {
  const observer = observerOf()
  if (!observer) throw new Error('the throughput scenario needs an observer client')
  const state = new Map<number, { client: LoadClient; seq: number; inFlight: number; lastAcked: number }>()
  for (const [id, client] of clients)
    if (client !== observer) state.set(id, { client, seq: 0, inFlight: 0, lastAcked: -1 })
  let accepted = 0
  let sent = 0
  let running = true
  const topUp = (entry: { client: LoadClient; seq: number; inFlight: number }) => {
    while (running && entry.inFlight < command.window && !entry.client.isClosed) {
      entry.client.write(entry.seq++)
      entry.inFlight++
      sent++
    }
  }
  onMarker = (client, marker, receivedAt) => {
    if (client !== observer) return
    const entry = state.get(marker.writer)
    if (!entry || marker.seq <= entry.lastAcked) return
    // Writes of one writer arrive in order; a skipped one was merged or lost, either way no longer in flight.
    entry.inFlight -= marker.seq - entry.lastAcked
    entry.lastAcked = marker.seq
    if (receivedAt >= command.measureStart && receivedAt < command.measureEnd) accepted++
    topUp(entry)
  }
  for (const entry of state.values()) topUp(entry)
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, command.measureEnd - Date.now())))
  running = false
  return { accepted, sent }
}

let observerId: number | null = null
function observerOf(): LoadClient | undefined {
  return observerId === null ? undefined : clients.get(observerId)
}

async function timedSync(command: Extract<WorkerCommand, { op: 'timedSync' }>): Promise<TimedSync[]> {
  const runs: TimedSync[] = []
  for (let i = 0; i < command.repeats; i++) {
    const started = performance.now()
    const client = new LoadClient({ ticket: command.ticket, id: -1, keepDoc: true })
    try {
      await withTimeout(client.synced, command.timeoutMs, 'timed sync')
      runs.push({
        ms: performance.now() - started,
        arrivedMs: client.syncArrivedAt - started,
        bytes: client.bytesAtSync,
      })
    } finally {
      await withTimeout(client.close(), command.timeoutMs, 'close').catch(() => {})
      client.received?.destroy()
    }
  }
  return runs
}

/** Loads a room through the protocol and keeps that client connected; checks a fresh client sees it. */
async function preload(command: Extract<WorkerCommand, { op: 'preload' }>): Promise<PreloadResult> {
  const holder = new LoadClient({ ticket: command.ticket, id: -1 })
  clients.set(-1 - clients.size, holder)
  await withTimeout(holder.synced, command.timeoutMs, 'preload sync')
  for (const update of command.updates) Y.applyUpdate(holder.local, update)
  const deadline = Date.now() + command.timeoutMs
  for (;;) {
    const check = new LoadClient({ ticket: command.ticket, id: -1, keepDoc: true })
    await withTimeout(check.synced, command.timeoutMs, 'preload check')
    await check.close()
    const notes = notesOf(check.received as Y.Doc).size
    check.received?.destroy()
    if (notes >= command.expectNotes) return { notes }
    if (Date.now() > deadline) throw new Error(`the room shows ${notes} of ${command.expectNotes} notes`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function awaitMarker(command: Extract<WorkerCommand, { op: 'awaitMarker' }>): Promise<boolean> {
  const client = clients.get(command.clientId)
  if (!client) throw new Error(`no client ${command.clientId}`)
  return withTimeout(
    new Promise<boolean>((resolve) => {
      onMarker = (receiver, marker) => {
        if (receiver === client && marker.writer === command.writer && marker.seq === command.seq)
          resolve(true)
      }
    }),
    command.timeoutMs,
    `marker ${command.writer}:${command.seq}`,
  )
}

async function closeAll(timeoutMs: number): Promise<number> {
  stopWriting()
  onMarker = () => {}
  const all = [...clients.values()]
  clients.clear()
  observerId = null
  fanout = null
  await withTimeout(Promise.all(all.map((client) => client.close())), timeoutMs, 'closing clients').catch(
    () => {},
  )
  return all.length
}

async function handle(command: WorkerCommand): Promise<unknown> {
  switch (command.op) {
    case 'connect': {
      const observer = command.specs.find((spec) => spec.observer)
      if (observer) observerId = observer.id
      return connect(command)
    }
    case 'fanout':
      return startFanout(command)
    case 'fanoutStats':
      return fanoutStats(command.withHistogram)
    case 'throughput':
      return throughput(command)
    case 'timedSync':
      return timedSync(command)
    case 'preload':
      return preload(command)
    case 'writeOnce': {
      const client = clients.get(command.clientId)
      if (!client) throw new Error(`no client ${command.clientId}`)
      return client.write(command.seq)
    }
    case 'awaitMarker':
      return awaitMarker(command)
    case 'closeAll':
      return closeAll(command.timeoutMs)
  }
}

process.on('message', (message: { id: number; command: WorkerCommand }) => {
  handle(message.command).then(
    (value) => process.send?.({ id: message.id, ok: true, value } satisfies WorkerReply),
    (error: unknown) =>
      process.send?.({ id: message.id, ok: false, error: String(error) } satisfies WorkerReply),
  )
})
process.on('disconnect', () => process.exit(0))
