import { fileURLToPath } from 'node:url'
import { jsonLogger } from '@jm/server'
import { afterEach, describe, expect, it } from 'vitest'
import { createBoard, joinBoard } from '../helpers/boards.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { connectClient, nextClose } from '../helpers/yclient.ts'

const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url))

describe('HTTP hardening against the real server', () => {
  let server: TestServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('puts the security headers on every kind of response', async () => {
    server = await startInProcessServer({ clientDir: CLIENT_DIST })
    const board = await createBoard(server.url)
    const responses = await Promise.all([
      fetch(`${server.url}/`),
      fetch(`${server.url}/b/${board.id}`),
      fetch(`${server.url}/favicon.svg`),
      fetch(`${server.url}/api/health`),
      fetch(`${server.url}/metrics`),
      fetch(`${server.url}/api/boards/${board.id}/join`, { method: 'POST' }),
      fetch(`${server.url}/api/boards`, { method: 'POST', body: '{"title": 3}' }),
      fetch(`${server.url}/assets/index-from-an-older-build.js`),
    ])
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 401, 400, 404])
    // A board link opens the app; a missing script is not answered with the app's page.
    expect(await responses[1]?.text()).toContain('<div id="root"')
    expect(responses[7]?.headers.get('content-type')).not.toContain('text/html')
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).not.toMatch(/https?:|unsafe-eval/)
      expect(csp.match(/script-src [^;]*/)?.[0]).not.toContain('unsafe-inline')
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
    }
  })

  it('refuses bodies over the limit with 413, whether declared or streamed, and stores nothing', async () => {
    server = await startInProcessServer({ http: { maxBodyBytes: 1024 } })
    const url = `${server.url}/api/boards`
    const big = JSON.stringify({ title: 'x'.repeat(150), id: 'big-board', pad: 'y'.repeat(2000) })
    const declared = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    })
    expect(declared.status).toBe(413)
    expect(((await declared.json()) as { error: string }).error).toContain('1024-byte limit')
    const bytes = new TextEncoder().encode(big)
    const streamed = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.slice(0, 800))
          controller.enqueue(bytes.slice(800))
          controller.close()
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    const retry = await fetch(url, { method: 'POST', body: JSON.stringify({ id: 'big-board' }) })
    expect(retry.status).toBe(201)
  })

  it('validates JSON input and answers 400 naming the field', async () => {
    server = await startInProcessServer()
    const post = async (path: string, body: string, token?: string) => {
      const response = await fetch(`${server?.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
      })
      return { status: response.status, body: (await response.json()) as { error: string; field?: string } }
    }
    const wrongType = await post('/api/boards', '{"title": 42}')
    expect(wrongType).toMatchObject({ status: 400, body: { field: 'title' } })
    expect(wrongType.body.error).toMatch(/^title: /)
    expect(await post('/api/boards', '{"template": "<script>"}')).toMatchObject({
      status: 400,
      body: { field: 'template' },
    })
    expect(await post('/api/boards', '{"id": "../etc"}')).toMatchObject({
      status: 400,
      body: { field: 'id' },
    })
    expect(await post('/api/boards', '{"title": "unterminated')).toMatchObject({
      status: 400,
      body: { error: 'the body is not valid JSON' },
    })
    const board = await createBoard(server.url)
    expect(await post(`/api/boards/${board.id}/join`, '{"name": "   "}', board.tokens.editor)).toMatchObject({
      status: 400,
      body: { field: 'name' },
    })
    expect(await post(`/api/boards/${board.id}/join`, '{"name": ["a"]}', board.tokens.editor)).toMatchObject({
      status: 400,
      body: { field: 'name' },
    })
  })

  it('sends no CORS headers unless origins are configured, then only for those origins', async () => {
    const preflight = (url: string, origin: string) =>
      fetch(`${url}/api/boards`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      })
    server = await startInProcessServer()
    const closed = await preflight(server.url, 'https://elsewhere.example')
    expect(closed.headers.get('access-control-allow-origin')).toBeNull()
    const simple = await fetch(`${server.url}/api/health`, {
      headers: { origin: 'https://elsewhere.example' },
    })
    expect(simple.headers.get('access-control-allow-origin')).toBeNull()
    await server.close()

    server = await startInProcessServer({ http: { corsOrigins: ['https://intranet.example'] } })
    const allowed = await preflight(server.url, 'https://intranet.example')
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://intranet.example')
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST')
    const other = await preflight(server.url, 'https://elsewhere.example')
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('logs every request without its query string or Authorization header', async () => {
    const lines: string[] = []
    server = await startInProcessServer({ log: jsonLogger((line) => lines.push(line)) })
    const board = await createBoard(server.url)
    const participant = await joinBoard(server.url, board.id, board.tokens.editor, 'Ann')
    await fetch(`${server.url}/api/boards/${board.id}/join?token=${board.tokens.viewer}`, {
      method: 'POST',
      body: '{"name": "Vic"}',
    })
    await fetch(`${server.url}/api/boards/${board.id}/links/viewer/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    const client = connectClient(server.wsUrl, board.id, participant)
    await client.synced
    client.destroy()
    const refused = connectClient(server.wsUrl, board.id, `${board.tokens.viewer}tampered`)
    expect((await nextClose(refused.provider)).code).toBe(4401)
    refused.destroy()

    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.event === 'request')
    expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
      expect.arrayContaining([
        'POST /api/boards 201',
        `POST /api/boards/${board.id}/join 200`,
        `POST /api/boards/${board.id}/links/viewer/rotate 200`,
        `GET /sync/${board.id} 200`,
      ]),
    )
    expect(requests.filter((r) => r.query === '[redacted]').length).toBeGreaterThanOrEqual(3)
    const everything = lines.join('')
    for (const secret of [...Object.values(board.tokens), participant]) {
      expect(everything).not.toContain(secret)
      // the signature alone would be enough to forge nothing, but a token's payload names the board and role
      expect(everything).not.toContain(secret.split('.')[2])
    }
    expect(everything.toLowerCase()).not.toContain('bearer')
  })
})
