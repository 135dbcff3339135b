import type { AddressInfo } from 'node:net'
import { afterEach, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { closeSockets } from './closeSockets.ts'

const servers: WebSocketServer[] = []
afterEach(async () => {
  for (const wss of servers.splice(0)) await new Promise((resolve) => wss.close(resolve))
})

async function serverWithClient(): Promise<{ wss: WebSocketServer; served: WebSocket; client: WebSocket }> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  servers.push(wss)
  await new Promise((resolve) => wss.once('listening', resolve))
  const served = new Promise<WebSocket>((resolve) => wss.once('connection', resolve))
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`)
  await new Promise((resolve) => client.once('open', resolve))
  return { wss, served: await served, client }
}

const closeCode = (client: WebSocket) =>
  new Promise<number>((resolve) => client.once('close', (code: number) => resolve(code)))

it('waits for a slow client to drain its backlog, so its close frame and code reach it', async () => {
  const { wss, served, client } = await serverWithClient()
  const code = closeCode(client)
  client.pause()
  // Far more than the kernel buffers hold: the rest, and the close frame after it, wait in this process.
  for (let i = 0; i < 200; i++) served.send(new Uint8Array(64 * 1024))
  served.close(1012, 'server restarting')
  expect(served.bufferedAmount).toBeGreaterThan(0)

  const closing = closeSockets(wss, {
    handshakeMs: 10,
    drainMs: 60_000,
    onDraining: (count) => {
      expect(count).toBe(1)
      client.resume()
    },
  })
  await closing
  expect(await code).toBe(1012)
})

it('cuts off, after the drain time, a client that stopped reading', async () => {
  const { wss, served, client } = await serverWithClient()
  const code = closeCode(client)
  client.pause()
  for (let i = 0; i < 200; i++) served.send(new Uint8Array(64 * 1024))
  served.close(1012, 'server restarting')
  const servedClosed = new Promise((resolve) => served.once('close', resolve))
  await closeSockets(wss, { handshakeMs: 10, drainMs: 50 })
  await servedClosed
  client.resume()
  expect(await code).toBe(1006)
})

it('returns at once when every client answered the close frame', async () => {
  const { wss, served, client } = await serverWithClient()
  const code = closeCode(client)
  served.close(1012, 'server restarting')
  let drained = false
  await closeSockets(wss, { handshakeMs: 60_000, drainMs: 60_000, onDraining: () => (drained = true) })
  expect(drained).toBe(false)
  expect(await code).toBe(1012)
})
