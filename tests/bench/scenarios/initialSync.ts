import type { PreloadResult, TimedSync } from '../load/protocol.ts'
import { waitForIdle } from '../procStats.ts'
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
  const bytesBefore = await ctx.server.bytesIn()
  const loaded = await ctx.pool.request<PreloadResult>(
    0,
    { op: 'preload', ticket, updates, expectNotes: fixture.notes, timeoutMs: 120_000 },
    150_000,
  )
  // The fresh client should meet an idle server, not one still busy with the preload.
  const settledAfterMs = await waitForIdle(ctx.server.pids, {
    maxCpuPercent: 10,
    windowMs: 500,
    timeoutMs: 120_000,
  })
  const bytesAfter = await ctx.server.bytesIn()
  const preloadBytesIn = bytesBefore === null || bytesAfter === null ? null : bytesAfter - bytesBefore
  const runs = await ctx.pool.request<TimedSync[]>(
    ctx.pool.size - 1,
    { op: 'timedSync', ticket, repeats: ctx.config.sync.repeats, timeoutMs: 60_000 },
    ctx.config.sync.repeats * 60_000 + 10_000,
  )
  await closeAll(ctx)
  const median = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
  const synced = median(runs.map((run) => run.ms))
  const arrived = median(runs.map((run) => run.arrivedMs))
  const bytes = runs[0]?.bytes ?? Number.NaN
  const preloadBytes = updates.reduce((sum, update) => sum + update.byteLength, 0)
  ctx.log(
    `  ${ctx.server.kind} sync ${fixture.notes} notes: ${synced.toFixed(0)} ms (content arrived after ` +
      `${arrived.toFixed(0)} ms), ${bytes} bytes; idle ${settledAfterMs.toFixed(0)} ms after the preload` +
      (preloadBytesIn === null
        ? ''
        : `, which it received as ${preloadBytesIn} bytes (${preloadBytes} sent as updates)`),
  )
  const scenario = `initial sync, ${fixture.notes.toLocaleString('en')} notes`
  return [
    {
      scenario,
      metric: 'time (median)',
      unit: 'ms',
      better: 'lower',
      value: synced,
      detail: { runs, loaded, settledAfterMs, preloadBytes, preloadBytesIn },
    },
    { scenario, metric: 'content arrived (median)', unit: 'ms', better: 'lower', value: arrived },
    { scenario, metric: 'bytes received', unit: 'B', better: 'lower', value: bytes },
  ]
}
