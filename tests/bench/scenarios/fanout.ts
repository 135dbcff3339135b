import { type LatencyHistogram, mergeInto, newHistogram, quantile } from '../histogram.ts'
import type { FanoutStats } from '../load/protocol.ts'
import { sampleServerAndWorkers } from '../procStats.ts'
import { closeAll, connectAll, dealSpecs, type Figure, type ScenarioContext, sleep } from './context.ts'

/**
 * `clients` clients in one room (on a cluster, spread over its instances), each writing once per interval; latency from a write to its arrival
 * at every other client, and the share of (write, receiver) pairs never delivered by the drain deadline.
 */
export async function fanout(ctx: ScenarioContext, clients: number): Promise<Figure[]> {
  const { intervalMs, warmupMs, measureMs, drainMs } = ctx.config.fanout
  const [ticket] = await ctx.server.createRooms(1)
  if (!ticket) throw new Error('no room')
  const specs = Array.from({ length: clients }, (_, id) => ({
    id,
    ticket: ctx.server.ticketFor(ticket, id),
    scan: true,
  }))
  await connectAll(ctx, dealSpecs(specs, ctx.pool.size))
  const start = Date.now() + 200
  const measureStart = start + warmupMs
  const measureEnd = measureStart + measureMs
  await ctx.pool.all(
    () => ({
      op: 'fanout',
      writers: clients,
      start,
      intervalMs,
      writeEnd: measureEnd,
      measureStart,
      measureEnd,
    }),
    10_000,
  )
  await sleep(Math.max(0, measureStart - Date.now()))
  const sampler = sampleServerAndWorkers(ctx.server.pids, ctx.pool.pids)
  await sleep(Math.max(0, measureEnd - Date.now()))
  const { server: serverUsage, workers: workerUsage } = sampler.stop()

  const stats = async (withHistogram: boolean) =>
    ctx.pool.all<FanoutStats>(() => ({ op: 'fanoutStats', withHistogram }), 30_000)
  const deadline = Date.now() + drainMs
  let expected = 0
  let delivered = 0
  for (;;) {
    const all = await stats(false)
    expected = all.reduce((sum, s) => sum + s.writesInWindow, 0) * (clients - 1)
    delivered = all.reduce((sum, s) => sum + s.delivered, 0)
    if (delivered >= expected || Date.now() > deadline) break
    await sleep(250)
  }
  const final = await stats(true)
  const histogram = newHistogram()
  for (const s of final) mergeInto(histogram, s.histogram as LatencyHistogram)
  expected = final.reduce((sum, s) => sum + s.writesInWindow, 0) * (clients - 1)
  delivered = final.reduce((sum, s) => sum + s.delivered, 0)
  const closedByServer = final.reduce((sum, s) => sum + s.closedByServer, 0)
  await closeAll(ctx)

  const scenario = `fan-out ${clients} clients x 1 write/s`
  const detail = {
    expected,
    delivered,
    closedByServer,
    serverCpuPercent: serverUsage.cpuPercent,
    serverPeakRssBytes: serverUsage.peakRssBytes,
    workerCpuPercent: workerUsage.map((usage) => usage.cpuPercent),
  }
  ctx.log(
    `  ${ctx.server.kind} fan-out ${clients}: p99 ${quantile(histogram, 0.99).toFixed(1)} ms, ` +
      `${expected - delivered} of ${expected} undelivered, server CPU ${serverUsage.cpuPercent.toFixed(0)}%`,
  )
  const latency = (metric: string, value: number): Figure => ({
    scenario,
    metric,
    unit: 'ms',
    better: 'lower',
    value,
  })
  return [
    latency('p50', quantile(histogram, 0.5)),
    latency('p95', quantile(histogram, 0.95)),
    latency('p99', quantile(histogram, 0.99)),
    latency('max', histogram.max),
    {
      scenario,
      metric: 'undelivered',
      unit: '%',
      better: 'lower',
      value: expected > 0 ? ((expected - delivered) / expected) * 100 : Number.NaN,
      detail,
    },
    {
      scenario,
      metric: 'server CPU',
      unit: '%',
      better: 'lower',
      value: serverUsage.cpuPercent ?? Number.NaN,
    },
    {
      // The window's CPU over the deliveries its writes asked for (all of them, when none is lost).
      scenario,
      metric: 'server CPU per delivery',
      unit: 'µs',
      better: 'lower',
      value: expected > 0 ? ((serverUsage.cpuPercent / 100) * measureMs * 1000) / expected : Number.NaN,
    },
  ]
}
