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

/** The real server as users run it (`tsx server/src/main.ts`), on port 0, in its own process. */
export async function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      AUTH_SECRET: TEST_SECRET,
      CLIENT_DIR: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      printed += chunk.toString()
      const match = /"event":"listening".*?"port":(\d+)/.exec(printed)
      if (match?.[1]) resolve(Number(match[1]))
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => {
      printed += chunk.toString()
    })
    child.once('exit', (code) =>
      reject(new Error(`server exited with ${code} before listening:\n${printed}`)),
    )
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    output: () => printed,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}
