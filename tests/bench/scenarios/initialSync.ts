import type { PreloadResult, TimedSync } from '../load/protocol.ts'
import { closeAll, type Figure, type ScenarioContext } from './context.ts'

export interface SyncFixture {
  notes: number
  /** The board as updates (each under every server's message cap). */
  updates: Uint8Array[]
  /** Stands in, on the peers, for the board our relay seeds when a board is created. */
  seed: Uint8Array
}

/**
 * A room preloaded through the protocol with a board of `notes` notes (and kept open by that client);
 * then a fresh client's sync: from opening the socket to the room integrated into its Y.Doc.
 */
export async function initialSync(ctx: ScenarioContext, fixture: SyncFixture): Promise<Figure[]> {
  const [ticket] = await ctx.server.createRooms(1)
  if (!ticket) throw new Error('no room')
  const updates = ctx.server.kind === 'relay' ? fixture.updates : [fixture.seed, ...fixture.updates]
  const loaded = await ctx.pool.request<PreloadResult>(
    0,
    { op: 'preload', ticket, updates, expectNotes: fixture.notes, timeoutMs: 120_000 },
    150_000,
  )
  const runs = await ctx.pool.request<TimedSync[]>(
    ctx.pool.size - 1,
    { op: 'timedSync', ticket, repeats: ctx.config.sync.repeats, timeoutMs: 60_000 },
    ctx.config.sync.repeats * 60_000 + 10_000,
  )
  await closeAll(ctx)
  const times = runs.map((run) => run.ms).sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN
  const bytes = runs[0]?.bytes ?? Number.NaN
  ctx.log(`  ${ctx.server.kind} sync ${fixture.notes} notes: ${median.toFixed(0)} ms, ${bytes} bytes`)
  const scenario = `initial sync, ${fixture.notes.toLocaleString('en')} notes`
  return [
    {
      scenario,
      metric: 'time (median)',
      unit: 'ms',
      better: 'lower',
      value: median,
      detail: { runs, loaded },
    },
    { scenario, metric: 'bytes received', unit: 'B', better: 'lower', value: bytes },
  ]
}
