import { readFileSync } from 'node:fs'

const CLOCK_TICKS_PER_SECOND = 100 // getconf CLK_TCK on Linux

/** User + system CPU time of a process so far, in seconds, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name (which may contain spaces) start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND
}

/** Resident memory of a process in bytes, from /proc/<pid>/status. */
export function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return match ? Number(match[1]) * 1024 : 0
}

export interface ProcUsage {
  /** Average CPU over the sampled span, in % of one core. */
  cpuPercent: number
  peakRssBytes: number
}

/** Samples processes' CPU and RSS from /proc while a phase runs. */
export class ProcSampler {
  readonly #startCpu: number[]
  readonly #startedAt = performance.now()
  readonly #peak: number[]
  readonly #timer: NodeJS.Timeout

  constructor(
    private readonly pids: number[],
    intervalMs = 250,
  ) {
    this.#startCpu = pids.map(cpuSeconds)
    this.#peak = pids.map(rssBytes)
    this.#timer = setInterval(() => this.#sample(), intervalMs)
  }

  #sample(): void {
    this.pids.forEach((pid, i) => {
      try {
        this.#peak[i] = Math.max(this.#peak[i] as number, rssBytes(pid))
      } catch {
        // the process ended; keep what was seen
      }
    })
  }

  stop(): ProcUsage[] {
    clearInterval(this.#timer)
    this.#sample()
    const seconds = (performance.now() - this.#startedAt) / 1000
    return this.pids.map((pid, i) => {
      let cpu = 0
      try {
        cpu = cpuSeconds(pid) - (this.#startCpu[i] as number)
      } catch {
        cpu = Number.NaN
      }
      return { cpuPercent: (cpu / seconds) * 100, peakRssBytes: this.#peak[i] as number }
    })
  }
}

/** Samples the server's processes (summed: a cluster has several) beside each load worker. */
export function sampleServerAndWorkers(serverPids: number[], workerPids: number[]) {
  const sampler = new ProcSampler([...serverPids, ...workerPids])
  return {
    stop(): { server: ProcUsage; workers: ProcUsage[] } {
      const usage = sampler.stop()
      const server = usage.slice(0, serverPids.length)
      return {
        server: {
          cpuPercent: server.reduce((sum, one) => sum + one.cpuPercent, 0),
          peakRssBytes: server.reduce((sum, one) => sum + one.peakRssBytes, 0),
        },
        workers: usage.slice(serverPids.length),
      }
    },
  }
}

/**
 * Waits until processes have used under `maxCpuPercent` of a core over `windowMs` (it has finished the
 * work it was given), at most `timeoutMs`; answers how long that took.
 */
export async function waitForIdle(
  pids: number[],
  options: { maxCpuPercent: number; windowMs: number; timeoutMs: number },
): Promise<number> {
  const started = performance.now()
  for (;;) {
    const cpu = () => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0)
    const before = cpu()
    await new Promise((resolve) => setTimeout(resolve, options.windowMs))
    const percent = ((cpu() - before) / (options.windowMs / 1000)) * 100
    const waited = performance.now() - started
    if (percent < options.maxCpuPercent || waited > options.timeoutMs) return waited
  }
}
