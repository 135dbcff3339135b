import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { App } from './app.ts'

export interface Listening {
  server: Server
  port: number
  /** Stops accepting, drops open HTTP connections, and shuts the app down (sockets closed with 1012). */
  close(): Promise<void>
}

/** Serves the app's HTTP routes and websocket relay on `port` (0 picks a free one). */
export async function listen(built: App, options: { port: number; hostname: string }): Promise<Listening> {
  await built.ready
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: built.app.fetch, port: options.port, hostname: options.hostname }, () =>
      resolve(started as Server),
    )
  })
  built.attach(server)
  return {
    server,
    port: (server.address() as AddressInfo).port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      await built.shutdown()
      server.closeAllConnections()
      await closed
    },
  }
}
