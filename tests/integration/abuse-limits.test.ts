import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createBoard } from '../helpers/boards.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { call, createWorkspace } from '../helpers/workspaces.ts'

/** A clock the test moves by hand, so a window's end is reached without waiting for it. */
function manualClock(start = 1_000_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

/** Opens a raw websocket and answers how the upgrade went: 'open' or the refusing HTTP status. */
function socketAttempt(url: string): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url)
    socket.once('open', () => {
      socket.close()
      resolve('open')
    })
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0)
      socket.terminate()
    })
    socket.once('error', (error) => reject(error))
  })
}

describe('abuse limits per address', () => {
  let server: TestServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('answers 429 with Retry-After past the request limit, and serves again after the window', async () => {
    const clock = manualClock()
    server = await startInProcessServer({ now: clock.now, http: { requestsPerMinute: 5 } })
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${server.url}/api/health`)).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200])
    clock.advance(15_000)
    const refused = await fetch(`${server.url}/api/health`)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('45')
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(((await refused.json()) as { error: string }).error).toContain('too many requests')
    const metrics = await server.built.metrics.registry.getSingleMetricAsString('jm_rejections_total')
    expect(metrics).toContain('reason="rate-requests"')
    clock.advance(45_000)
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
  })

  it('counts addresses separately; behind a trusted proxy, by the address the proxy appended', async () => {
    const clock = manualClock()
    server = await startInProcessServer({ now: clock.now, http: { requestsPerMinute: 2, trustProxy: true } })
    const from = (address: string) =>
      fetch(`${server?.url}/api/health`, { headers: { 'x-forwarded-for': `10.9.9.9, ${address}` } })
    expect((await from('10.0.0.1')).status).toBe(200)
    expect((await from('10.0.0.1')).status).toBe(200)
    expect((await from('10.0.0.1')).status).toBe(429)
    expect((await from('10.0.0.2')).status).toBe(200)
  })

  it('limits board creation separately from other requests', async () => {
    const clock = manualClock()
    server = await startInProcessServer({ now: clock.now, http: { boardsPerMinute: 2 } })
    await createBoard(server.url)
    await createBoard(server.url)
    const third = await fetch(`${server.url}/api/boards`, { method: 'POST', body: '{}' })
    expect(third.status).toBe(429)
    expect(Number(third.headers.get('retry-after'))).toBe(60)
    expect(((await third.json()) as { error: string }).error).toContain('too many new boards')
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    clock.advance(60_000)
    expect((await fetch(`${server.url}/api/boards`, { method: 'POST', body: '{}' })).status).toBe(201)
  })

  it('limits workspace searches separately from other requests', async () => {
    const clock = manualClock()
    server = await startInProcessServer({ now: clock.now, http: { searchesPerMinute: 2 } })
    const ws = await createWorkspace(server.url)
    const search = () =>
      call(server?.url ?? '', `/workspaces/${ws.id}/search?q=price`, { token: ws.tokens.member })
    expect((await search()).status).toBe(200)
    expect((await search()).status).toBe(200)
    const third = await search()
    expect([third.status, third.body.error]).toEqual([
      429,
      'too many searches from this address; try again later',
    ])
    expect((await call(server.url, `/workspaces/${ws.id}/boards`, { token: ws.tokens.member })).status).toBe(
      200,
    )
    clock.advance(60_000)
    expect((await search()).status).toBe(200)
  })

  it('limits websocket connection attempts, valid or not', async () => {
    const clock = manualClock()
    server = await startInProcessServer({ now: clock.now, http: { socketsPerMinute: 3 } })
    const board = await createBoard(server.url)
    const good = `${server.wsUrl}/${board.id}?token=${board.tokens.editor}`
    const bad = `${server.wsUrl}/${board.id}?token=nonsense`
    expect(await socketAttempt(good)).toBe('open')
    expect(await socketAttempt(bad)).toBe('open') // accepted, then closed with 4401 by the relay
    expect(await socketAttempt(good)).toBe('open')
    expect(await socketAttempt(good)).toBe(429)
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    clock.advance(60_000)
    expect(await socketAttempt(good)).toBe('open')
  })
})
