import type { BenchConfig } from '../config.ts'
import type { ClientSpec } from '../load/protocol.ts'
import type { WorkerPool } from '../load/workerPool.ts'
import type { BenchServer } from '../servers.ts'

export interface ScenarioContext {
  pool: WorkerPool
  config: BenchConfig
  server: BenchServer
  log(line: string): void
}

/** One measured figure of one server. */
export interface Figure {
  scenario: string
  metric: string
  unit: string
  better: 'lower' | 'higher'
  value: number
  /** Anything else worth keeping in the raw results (CPU, counts, samples). */
  detail?: Record<string, unknown>
}

/** Client specs dealt round-robin to the workers. */
export function dealSpecs(specs: ClientSpec[], workers: number): ClientSpec[][] {
  const shares: ClientSpec[][] = Array.from({ length: workers }, () => [])
  specs.forEach((spec, i) => {
    shares[i % workers]?.push(spec)
  })
  return shares
}

/** Opens every share's clients; throws unless all synced. */
export async function connectAll(
  ctx: ScenarioContext,
  shares: ClientSpec[][],
  options: { seed?: Uint8Array; timeoutMs?: number } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 60_000
  const results = await ctx.pool.all<{ connected: number; failed: string[] }>(
    (w) => ({
      op: 'connect',
      specs: shares[w] ?? [],
      seed: options.seed,
      concurrency: 25,
      timeoutMs: 30_000,
    }),
    timeoutMs + 30_000,
  )
  const failed = results.flatMap((result) => result.failed)
  const wanted = shares.reduce((sum, share) => sum + share.length, 0)
  const connected = results.reduce((sum, result) => sum + result.connected, 0)
  if (connected < wanted) throw new Error(`${connected} of ${wanted} clients synced: ${failed.join('; ')}`)
}

export function closeAll(ctx: ScenarioContext): Promise<number[]> {
  return ctx.pool.all<number>(() => ({ op: 'closeAll', timeoutMs: 15_000 }), 20_000)
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
