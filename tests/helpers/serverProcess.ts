import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { TEST_SECRET } from './inProcessServer.ts'

const SERVER_MAIN = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url))

export interface ServerProcess {
  child: ChildProcess
  url: string
  wsUrl: string
  port: number
  /** Everything the process printed so far. */
  output(): string
  kill(signal?: NodeJS.Signals): Promise<number | null>
}

export interface SpawnOptions {
  env?: Record<string, string>
  /** Extra node flags, after tsx is loaded (so they may `--import` TypeScript). */
  nodeArgs?: string[]
  /** Where the websocket endpoint lives below the origin. */
  wsPath?: string
}

/**
 * A TypeScript entry in its own node process, on port 0. The entry must print a line with
 * `"event":"listening"` and `"port":N` once it accepts connections (as server/src/main.ts does).
 */
export async function startListeningProcess(
  entry: string,
  options: SpawnOptions = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...(options.nodeArgs ?? []), entry], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    printed += chunk.toString()
  })
  const port = await new Promise<number>((resolve, reject) => {
    const onData = () => {
      const match = /"event":"listening".*?"port":(\d+)/.exec(printed)
      if (match?.[1]) {
        child.stdout?.off('data', onData)
        resolve(Number(match[1]))
      }
    }
    child.stdout?.on('data', onData)
    child.once('exit', (code) =>
      reject(new Error(`${entry} exited with ${code} before listening:\n${printed}`)),
    )
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}${options.wsPath ?? ''}`,
    output: () => printed,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

/**
 * Per-address rate limits are off here: every test client shares 127.0.0.1, and fuzz, load and
 * scale-out tests open hundreds of sockets a minute. Tests of the limits set them (env) or use
 * the in-process server, which runs with the production defaults.
 */
export const UNLIMITED_RATES: Record<string, string> = {
  RATE_REQUESTS_PER_MINUTE: '0',
  RATE_BOARDS_PER_MINUTE: '0',
  RATE_SOCKETS_PER_MINUTE: '0',
}

/** The real server as users run it (`tsx server/src/main.ts`), on port 0, in its own process. */
export function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  return startListeningProcess(SERVER_MAIN, {
    env: {
      DATA_DIR: dataDir,
      AUTH_SECRET: TEST_SECRET,
      CLIENT_DIR: '/nonexistent',
      ...UNLIMITED_RATES,
      ...env,
    },
    nodeArgs,
    wsPath: '/sync',
  })
}
