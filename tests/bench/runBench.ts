import { cpus, loadavg } from 'node:os'
import { boardWithNotes, seedBoardUpdate } from './boardDoc.ts'
import type { BenchConfig } from './config.ts'
import { WorkerPool } from './load/workerPool.ts'
import { type Row, toRows } from './report.ts'
import type { Figure, ScenarioContext } from './scenarios/context.ts'
import { fanout } from './scenarios/fanout.ts'
import { initialSync, type SyncFixture } from './scenarios/initialSync.ts'
import { memory } from './scenarios/memory.ts'
import { preflight } from './scenarios/preflight.ts'
import { throughput } from './scenarios/throughput.ts'
import { type BenchServer, startBenchServer } from './servers.ts'
import { SERVER_KINDS, type ServerKind } from './wire.ts'

export const SCENARIOS = ['fanout', 'throughput', 'sync', 'memory'] as const
export type ScenarioName = (typeof SCENARIOS)[number]

export interface BenchOptions {
  config: BenchConfig
  scenarios?: readonly ScenarioName[]
  servers?: readonly ServerKind[]
  log?: (line: string) => void
  /** Writes a CPU profile of our relay for each step into this directory. */
  profileDir?: string
}

export interface BenchReport {
  config: BenchConfig
  startedAt: string
  finishedAt: string
  machine: { cpus: number; node: string; loadBefore: number[]; loadAfter: number[] }
  rows: Row[]
  figures: Partial<Record<ServerKind, Figure[]>>
  errors: { server: ServerKind; step: string; error: string }[]
}

/**
 * Runs every scenario against every server with the same load. Each (scenario, server) step gets a
 * fresh server process (or, for the smoke run, one per server), checked against the stock provider
 * before use and stopped by pid afterwards; a failing step is recorded and the run goes on.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { config } = options
  const log = options.log ?? (() => {})
  const scenarios = options.scenarios ?? SCENARIOS
  const servers = options.servers ?? SERVER_KINDS
  const startedAt = new Date().toISOString()
  const loadBefore = loadavg()
  const figures: Partial<Record<ServerKind, Figure[]>> = {}
  const errors: BenchReport['errors'] = []
  const pool = new WorkerPool(config.workers)
  const running = new Set<BenchServer>()
  const seed = seedBoardUpdate()

  const shared = new Map<ServerKind, BenchServer>()
  const acquire = async (kind: ServerKind): Promise<BenchServer> => {
    const reused = shared.get(kind)
    if (reused) return reused
    const server = await startBenchServer(kind, {
      roomGraceMs: config.roomGraceMs,
      hibernateAfterMs: config.hibernateAfterMs,
      profileDir: options.profileDir,
    })
    running.add(server)
    try {
      await preflight({ pool, config, server, log })
    } catch (error) {
      await release(server, true)
      throw error
    }
    if (!config.serverPerStep) shared.set(kind, server)
    return server
  }
  const release = async (server: BenchServer, always = false) => {
    if (!always && shared.get(server.kind) === server) return
    shared.delete(server.kind)
    running.delete(server)
    await server.stop()
  }

  const step = async (kind: ServerKind, name: string, body: (ctx: ScenarioContext) => Promise<Figure[]>) => {
    let server: BenchServer | undefined
    try {
      server = await acquire(kind)
      const result = await body({ pool, config, server, log })
      figures[kind] = [...(figures[kind] ?? []), ...result]
    } catch (error) {
      log(`  ${kind} ${name} FAILED: ${String(error)}`)
      errors.push({ server: kind, step: name, error: String(error) })
      await pool.all(() => ({ op: 'closeAll', timeoutMs: 10_000 }), 15_000).catch(() => {})
      if (server) await release(server, true)
    } finally {
      if (server) await release(server)
    }
  }

  // Each group of steps starts with the next server, so none is always measured first (cold workers).
  // The cluster is measured for fan-out only: the figure scale-out is about (cross-instance latency).
  let rotation = 0
  const inTurn = (scenario: ScenarioName) => {
    const eligible = scenario === 'fanout' ? servers : servers.filter((kind) => kind !== 'relay-cluster')
    const start = rotation++ % eligible.length
    return [...eligible.slice(start), ...eligible.slice(0, start)]
  }
  try {
    for (const scenario of scenarios) {
      if (scenario === 'fanout') {
        for (const clients of config.fanout.clients) {
          log(`fan-out, ${clients} clients`)
          for (const kind of inTurn(scenario))
            await step(kind, `fan-out ${clients}`, (ctx) => fanout(ctx, clients))
        }
      } else if (scenario === 'throughput') {
        log(`throughput, ${config.throughput.writers} writers`)
        for (const kind of inTurn(scenario)) await step(kind, 'throughput', throughput)
      } else if (scenario === 'sync') {
        for (const notes of config.sync.notes) {
          log(`initial sync, ${notes} notes (building the board)`)
          const fixture: SyncFixture = { notes, updates: boardWithNotes(notes), seed }
          for (const kind of inTurn(scenario))
            await step(kind, `sync ${notes}`, (ctx) => initialSync(ctx, fixture))
        }
      } else {
        log(`memory, ${config.memory.rooms} rooms`)
        for (const kind of inTurn(scenario)) await step(kind, 'memory', (ctx) => memory(ctx, seed))
      }
    }
  } finally {
    for (const server of running) await server.stop()
    await pool.stop()
  }
  return {
    config,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, loadBefore, loadAfter: loadavg() },
    rows: toRows(figures),
    figures,
    errors,
  }
}
