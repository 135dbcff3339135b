import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, expect, it } from 'vitest'

const SERVER_MAIN = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url))

let parent: string | undefined
afterEach(() => {
  if (parent) rmSync(parent, { recursive: true, force: true })
})

it('refuses to start when MAX_DOC_BYTES has a unit, before touching its data directory', async () => {
  parent = mkdtempSync(join(tmpdir(), 'jm-config-'))
  const dataDir = join(parent, 'data')
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_MAIN], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, CLIENT_DIR: '/nonexistent', MAX_DOC_BYTES: '64MB' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    // A server that took the value would run until the test timed out; end it so the asserts say why.
    if (stdout.includes('"event":"listening"')) child.kill()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  // 'close' follows the exit once both pipes are drained, so nothing printed is missed.
  const [code] = await once(child, 'close')

  expect(code).toBe(1)
  expect(stderr).toContain('MAX_DOC_BYTES="64MB" is not accepted: a whole number of bytes')
  expect(stdout).not.toContain('"event":"listening"')
  // No SQLite file and no generated secret: the refusal came before storage was opened.
  expect(existsSync(dataDir)).toBe(false)
})
