import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'

const APP_PAGE = '<!doctype html><html><body><div id="root"></div></body></html>'

describe('requests no route takes', () => {
  let server: TestServer
  let clientDir: string
  beforeAll(async () => {
    // A served client, so the page fallback is there to wrongly claim API paths.
    clientDir = mkdtempSync(join(tmpdir(), 'jm-client-'))
    writeFileSync(join(clientDir, 'index.html'), APP_PAGE)
    server = await startInProcessServer({ clientDir })
  })
  afterAll(async () => {
    await server?.close()
    rmSync(clientDir, { recursive: true, force: true })
  })

  const answer = async (method: string, path: string) => {
    const response = await fetch(`${server.url}${path}`, { method })
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      allow: response.headers.get('allow'),
      body: await response.text(),
    }
  }

  it('answers unknown API, relay and metrics paths with 404 JSON naming the request, for any method', async () => {
    const unknown: [string, string][] = [
      ['GET', '/api'],
      ['GET', '/api/nothing'],
      ['POST', '/api/nothing'],
      ['DELETE', '/api/nothing/deeper'],
      ['PUT', '/api/boards/some-board/nothing'],
      ['GET', '/metrics/nothing'],
      ['GET', '/sync'],
      ['POST', '/a/page/path'],
    ]
    for (const [method, path] of unknown) {
      const got = await answer(method, path)
      expect(got, `${method} ${path}`).toMatchObject({ status: 404, type: 'application/json' })
      expect(JSON.parse(got.body)).toEqual({ error: `no such route: ${method} ${path}` })
    }
    // A page path still opens the app.
    expect(await answer('GET', '/b/some-board')).toMatchObject({ status: 200, body: APP_PAGE })
  })

  it('answers a known path with the wrong method 405 JSON and lists the methods it has in Allow', async () => {
    const wrong: [string, string, string][] = [
      ['DELETE', '/api/health', 'GET'],
      ['GET', '/api/boards', 'POST'],
      ['PUT', '/api/boards/some-board/state', 'GET'],
      ['POST', '/metrics', 'GET'],
      ['POST', '/sync/some-board', 'GET'],
    ]
    for (const [method, path, allow] of wrong) {
      const got = await answer(method, path)
      expect(got, `${method} ${path}`).toMatchObject({ status: 405, type: 'application/json', allow })
      expect(JSON.parse(got.body)).toEqual({
        error: `method not allowed: ${method} ${path} (allowed: ${allow})`,
      })
    }
  })

  it('answers a GET of the relay without a websocket upgrade 426 JSON, not the page', async () => {
    const response = await fetch(`${server.url}/sync/some-board?token=anything`)
    expect(response.status).toBe(426)
    expect(response.headers.get('upgrade')).toBe('websocket')
    expect(((await response.json()) as { error: string }).error).toContain('websocket')
  })

  it('answers 404 JSON for any path when no client is served', async () => {
    const apiOnly = await startInProcessServer()
    try {
      const response = await fetch(`${apiOnly.url}/b/some-board`)
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual({ error: 'no such route: GET /b/some-board' })
    } finally {
      await apiOnly.close()
    }
  })
})
