import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { WorkerCommand, WorkerReply } from './protocol.ts'
import { withTimeout } from './timeout.ts'

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url))

/** Load worker processes (node + tsx), addressed by index; every request is bounded in time. */
export class WorkerPool {
  readonly #workers: ChildProcess[]
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  #nextId = 0

  constructor(count: number) {
    this.#workers = Array.from({ length: count }, () => {
      const child = fork(WORKER, [], {
        execArgv: ['--import', 'tsx'],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      })
      child.on('message', (reply: WorkerReply) => {
        const pending = this.#pending.get(reply.id)
        if (!pending) return
        this.#pending.delete(reply.id)
        if (reply.ok) pending.resolve(reply.value)
        else pending.reject(new Error(reply.error))
      })
      child.on('exit', (code, signal) => {
        for (const [id, pending] of this.#pending) {
          pending.reject(new Error(`load worker ${child.pid} exited (${code ?? signal})`))
          this.#pending.delete(id)
        }
      })
      return child
    })
  }

  get size(): number {
    return this.#workers.length
  }

  get pids(): number[] {
    return this.#workers.map((worker) => worker.pid ?? 0)
  }

  request<T>(worker: number, command: WorkerCommand, timeoutMs: number): Promise<T> {
    const child = this.#workers[worker]
    if (!child) throw new Error(`no worker ${worker}`)
    const id = this.#nextId++
    const reply = new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
    })
    child.send({ id, command })
    return withTimeout(reply, timeoutMs, `worker ${worker} ${command.op}`).finally(() =>
      this.#pending.delete(id),
    )
  }

  /** The same command to every worker (built per worker), answered by all. */
  all<T>(command: (worker: number) => WorkerCommand, timeoutMs: number): Promise<T[]> {
    return Promise.all(this.#workers.map((_, i) => this.request<T>(i, command(i), timeoutMs)))
  }

  /** Stops every worker by its pid. */
  async stop(): Promise<void> {
    await Promise.all(
      this.#workers.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            child.once('exit', () => resolve())
            if (child.pid) process.kill(child.pid, 'SIGKILL')
          }),
      ),
    )
  }
}
