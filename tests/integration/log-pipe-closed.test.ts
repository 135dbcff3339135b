import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { startServerProcess } from '../helpers/serverProcess.ts'

it('keeps serving when whoever read its log goes away (EPIPE on stdout)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jm-epipe-'))
  const server = await startServerProcess(dataDir)
  try {
    server.child.stdout?.destroy()
    // Every request writes a log line into the closed pipe.
    for (let i = 0; i < 20; i++) {
      const health = await fetch(`${server.url}/api/health`)
      expect(health.status).toBe(200)
    }
    expect(server.child.exitCode).toBeNull()
  } finally {
    await server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
