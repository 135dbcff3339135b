import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A free loopback port (the OS picks it; the server we start then binds it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = ''
    const onData = (chunk: Buffer) => {
      seen += chunk.toString()
      if (pattern.test(seen)) resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}:\n${seen}`)))
  })
}

export interface ExternalServer {
  url: string
  port: number
  stop(): Promise<void>
}

/** A private redis-server (Debian package) on a loopback port with no persistence. */
export async function startRedis(): Promise<ExternalServer & { child: ChildProcess }> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'jm-redis-'))
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  await waitForLine(child, /Ready to accept connections/, 'redis-server')
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    child,
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGKILL')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Debian keeps initdb and pg_ctl off PATH, in the installed major version's directory. */
function postgresBin(): string {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))
  if (!versions[0]) throw new Error('PostgreSQL is not installed (apt-get install postgresql)')
  return join('/usr/lib/postgresql', versions[0], 'bin')
}

/**
 * A private PostgreSQL cluster (Debian's postgresql-15) in a temporary directory on a loopback
 * port. initdb refuses to run as root, so the cluster runs as the `postgres` system user.
 */
export async function startPostgres(): Promise<ExternalServer> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'jm-pg-'))
  const asRoot = process.getuid?.() === 0
  const owner = asRoot
    ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    : undefined
  if (owner !== undefined) chownSync(dir, owner, owner)
  const bin = postgresBin()
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args])
      : execFileSync(join(bin, command), args)
  const data = join(dir, 'data')
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'jm', '--no-sync', '-E', 'UTF8'])
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`,
    'start',
  ])
  return {
    port,
    url: `postgres://jm@127.0.0.1:${port}/postgres`,
    async stop() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop'])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
