import { closeAll, connectAll, dealSpecs, type Figure, type ScenarioContext, sleep } from './context.ts'

/**
 * `rooms` rooms of one idle client each (every room holding a freshly created board): the server's
 * heap after GC per room while they are open, and again after every client left and the grace passed.
 */
export async function memory(ctx: ScenarioContext, seed: Uint8Array): Promise<Figure[]> {
  const { rooms, settleMs } = ctx.config.memory
  const tickets = await ctx.server.createRooms(rooms)
  const before = await ctx.server.memory()
  const specs = tickets.map((ticket, id) => ({ id, ticket, scan: false }))
  // Our relay seeds each board on creation; the peers' rooms get the same kind of board from the client.
  await connectAll(ctx, dealSpecs(specs, ctx.pool.size), {
    seed: ctx.server.kind === 'relay' ? undefined : seed,
    timeoutMs: 120_000,
  })
  await sleep(settleMs)
  const open = await ctx.server.memory()
  await closeAll(ctx)
  const deadline = Date.now() + 30_000
  while (((await ctx.server.loadedRooms()) ?? 0) > 0 && Date.now() < deadline) await sleep(200)
  await sleep(ctx.config.roomGraceMs + settleMs)
  const left = await ctx.server.memory()
  const stillLoaded = await ctx.server.loadedRooms()
  const perRoom = (bytes: number) => bytes / rooms / 1024
  ctx.log(
    `  ${ctx.server.kind} memory: ${perRoom(open.live - before.live).toFixed(1)} KiB/room open (heap+external after GC), ` +
      `${perRoom(left.live - before.live).toFixed(1)} after leaving`,
  )
  const scenario = `memory, ${rooms.toLocaleString('en')} rooms x 1 client`
  const detail = { before, open, left, stillLoaded }
  return [
    {
      scenario,
      metric: 'memory per open room',
      unit: 'KiB',
      better: 'lower',
      value: perRoom(open.live - before.live),
      detail,
    },
    {
      scenario,
      metric: 'RSS per open room',
      unit: 'KiB',
      better: 'lower',
      value: perRoom(open.rss - before.rss),
    },
    {
      scenario,
      metric: 'memory per room after all left',
      unit: 'KiB',
      better: 'lower',
      value: perRoom(left.live - before.live),
    },
  ]
}
