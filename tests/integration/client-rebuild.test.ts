import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'

const BUILD_SCRIPT = fileURLToPath(new URL('../../client/scripts/build.mjs', import.meta.url))
const OLD_PAGE = '<!doctype html><html><body>the previous build</body></html>'

describe('a client rebuilt under a running server', () => {
  let server: TestServer | undefined
  let workDir: string | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
    if (workDir) rmSync(workDir, { recursive: true, force: true })
  })

  /** A served folder holding a stand-in for the previous build; never client/dist, which other tests read. */
  const servedPreviousBuild = async () => {
    workDir = mkdtempSync(join(tmpdir(), 'jm-rebuild-'))
    const dist = join(workDir, 'dist')
    mkdirSync(dist)
    writeFileSync(join(dist, 'index.html'), OLD_PAGE)
    // Polling as fast as answers come is far over the per-address request limit.
    server = await startInProcessServer({ clientDir: dist, http: { requestsPerMinute: 0 } })
    return { dist, url: server.url }
  }

  const pageAnswers = async (url: string) =>
    Promise.all(
      ['/', '/index.html', '/b/some-board'].map(async (path) => {
        const response = await fetch(`${url}${path}`)
        const body = await response.text()
        const type = response.headers.get('content-type') ?? ''
        return { path, status: response.status, html: type.startsWith('text/html'), body }
      }),
    )

  it('answers every request for the page 200 with a whole page while the build runs and swaps', async () => {
    const { dist, url } = await servedPreviousBuild()
    const build = spawn(process.execPath, [BUILD_SCRIPT, dist], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    build.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    build.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    let exitCode: number | null | undefined
    const exited = new Promise<void>((resolve) =>
      build.once('exit', (code) => {
        exitCode = code
        resolve()
      }),
    )
    const faults: string[] = []
    let rounds = 0
    while (exitCode === undefined) {
      for (const answer of await pageAnswers(url)) {
        if (answer.status !== 200 || !answer.html || !answer.body.trimEnd().endsWith('</html>')) {
          faults.push(`${answer.path}: ${answer.status} ${answer.html ? 'html' : 'not html'}`)
        }
      }
      rounds++
    }
    await exited
    expect(exitCode, output).toBe(0)
    expect(faults).toEqual([])
    expect(rounds).toBeGreaterThan(0)

    // The new build is served, whole: its page, its scripts and the service worker that precaches them.
    const [page] = await pageAnswers(url)
    expect(page?.body).toContain('<div id="root"')
    const script = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(page?.body ?? '')?.[1]
    expect(script).toBeDefined()
    const scriptResponse = await fetch(`${url}${script}`)
    expect(scriptResponse.status).toBe(200)
    expect(scriptResponse.headers.get('content-type')).toContain('javascript')
    expect((await fetch(`${url}/sw.js`)).status).toBe(200)
    // Nothing of the build is left beside the served folder.
    expect(readdirSync(join(dist, '..'))).toEqual(['dist'])
  }, 240_000)

  it('still answers the page it last read in the instant between the swap’s two renames', async () => {
    const { dist, url } = await servedPreviousBuild()
    expect((await pageAnswers(url)).map((a) => a.body)).toEqual([OLD_PAGE, OLD_PAGE, OLD_PAGE])
    const away = `${dist}.old-test`
    renameSync(dist, away)
    expect(existsSync(join(dist, 'index.html'))).toBe(false)
    expect((await pageAnswers(url)).map((a) => [a.status, a.body])).toEqual([
      [200, OLD_PAGE],
      [200, OLD_PAGE],
      [200, OLD_PAGE],
    ])
    mkdirSync(dist)
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html><body>the next build</body></html>')
    expect((await pageAnswers(url)).map((a) => a.body.includes('the next build'))).toEqual([true, true, true])
  })
})
