/** How much load each scenario applies; `full` is what `pnpm bench` runs, `smoke` checks the harness. */
export interface BenchConfig {
  name: 'full' | 'smoke'
  workers: number
  /** A fresh server process for every (scenario, server) step; the smoke run shares one per server. */
  serverPerStep: boolean
  /** Our relay's ROOM_GRACE_MS for the run (default 30 s; short so "after all left" is measurable). */
  roomGraceMs: number
  /** Our relay's HIBERNATE_AFTER_MS for the run (default 60 s; short so idle rooms are measured idle). */
  hibernateAfterMs: number
  fanout: { clients: number[]; intervalMs: number; warmupMs: number; measureMs: number; drainMs: number }
  throughput: { writers: number; inFlightPerWriter: number; warmupMs: number; measureMs: number }
  /** idleWindowMs: how long the server must stay idle after the preload before the timed syncs. */
  sync: { notes: number[]; repeats: number; idleWindowMs: number }
  memory: { rooms: number; settleMs: number }
}

export const FULL: BenchConfig = {
  name: 'full',
  workers: 2,
  serverPerStep: true,
  roomGraceMs: 1000,
  hibernateAfterMs: 1000,
  fanout: { clients: [50, 200, 400], intervalMs: 1000, warmupMs: 3000, measureMs: 10_000, drainMs: 10_000 },
  throughput: { writers: 20, inFlightPerWriter: 16, warmupMs: 2000, measureMs: 8000 },
  sync: { notes: [1000, 10_000, 50_000], repeats: 3, idleWindowMs: 500 },
  memory: { rooms: 1000, settleMs: 2000 },
}

export const SMOKE: BenchConfig = {
  name: 'smoke',
  workers: 2,
  serverPerStep: false,
  roomGraceMs: 200,
  hibernateAfterMs: 100,
  fanout: { clients: [4], intervalMs: 200, warmupMs: 200, measureMs: 400, drainMs: 2000 },
  throughput: { writers: 2, inFlightPerWriter: 4, warmupMs: 100, measureMs: 400 },
  sync: { notes: [20], repeats: 1, idleWindowMs: 100 },
  memory: { rooms: 3, settleMs: 100 },
}
