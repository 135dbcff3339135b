import type { ThroughputResult } from '../load/protocol.ts'
import { sampleServerAndWorkers } from '../procStats.ts'
import { closeAll, connectAll, dealSpecs, type Figure, type ScenarioContext, sleep } from './context.ts'

/**
 * `writers` clients in one room writing as fast as the server takes it: each keeps a few writes in
 * flight, and a write counts as accepted once a receive-only observer (one per worker) sees it relayed.
 */
export async function throughput(ctx: ScenarioContext): Promise<Figure[]> {
  const { writers, inFlightPerWriter, warmupMs, measureMs } = ctx.config.throughput
  const [ticket] = await ctx.server.createRooms(1)
  if (!ticket) throw new Error('no room')
  const shares = dealSpecs(
    Array.from({ length: writers }, (_, id) => ({ id, ticket, scan: false })),
    ctx.pool.size,
  )
  shares.forEach((share, w) => {
    share.push({ id: writers + w, ticket, scan: true, observer: true })
  })
  await connectAll(ctx, shares)
  const measureStart = Date.now() + warmupMs
  const measureEnd = measureStart + measureMs
  const running = ctx.pool.all<ThroughputResult>(
    () => ({ op: 'throughput', window: inFlightPerWriter, measureStart, measureEnd }),
    warmupMs + measureMs + 30_000,
  )
  await sleep(warmupMs)
  const sampler = sampleServerAndWorkers(ctx.server.pids, ctx.pool.pids)
  const results = await running
  const { server: serverUsage, workers: workerUsage } = sampler.stop()
  await closeAll(ctx)
  const accepted = results.reduce((sum, result) => sum + result.accepted, 0)
  const perSecond = accepted / (measureMs / 1000)
  ctx.log(
    `  ${ctx.server.kind} throughput: ${perSecond.toFixed(0)} updates/s, CPU ${serverUsage.cpuPercent.toFixed(0)}%`,
  )
  return [
    {
      scenario: `${writers} writers in one room`,
      metric: 'accepted updates/s',
      unit: '/s',
      better: 'higher',
      value: perSecond,
      detail: {
        accepted,
        sent: results.reduce((sum, result) => sum + result.sent, 0),
        serverCpuPercent: serverUsage.cpuPercent,
        workerCpuPercent: workerUsage.map((usage) => usage.cpuPercent),
      },
    },
    {
      // Storing the write and relaying it to every other client of the room.
      scenario: `${writers} writers in one room`,
      metric: 'server CPU per accepted write',
      unit: 'µs',
      better: 'lower',
      value: accepted > 0 ? ((serverUsage.cpuPercent / 100) * measureMs * 1000) / accepted : Number.NaN,
    },
  ]
}
