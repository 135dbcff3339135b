import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type * as Y from 'yjs'
import { startInProcessServer, type TestServer } from './inProcessServer.ts'
import { connectClient, type YClient } from './yclient.ts'

export interface LiveServer extends Omit<TestServer, 'close'> {
  /** A stock y-websocket client of this server, destroyed when the server stops. */
  connect(room: string, token: string, doc?: Y.Doc): YClient
}

/**
 * Starts the real app in process for every test of the calling `describe` (or once for all of them),
 * and stops it afterwards together with every client opened through `connect`.
 */
export function useInProcessServer(
  options: Parameters<typeof startInProcessServer>[0] = {},
  scope: 'each' | 'all' = 'each',
): LiveServer {
  let current: TestServer | undefined
  const clients: YClient[] = []
  const running = (): TestServer => {
    if (!current) throw new Error('the test server runs only while a test runs')
    return current
  }
  ;(scope === 'each' ? beforeEach : beforeAll)(async () => {
    current = await startInProcessServer(options)
  })
  ;(scope === 'each' ? afterEach : afterAll)(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await current?.close()
    current = undefined
  })
  return {
    get url() {
      return running().url
    },
    get wsUrl() {
      return running().wsUrl
    },
    get dataDir() {
      return running().dataDir
    },
    get built() {
      return running().built
    },
    connect(room, token, doc) {
      const client = connectClient(running().wsUrl, room, token, doc)
      clients.push(client)
      return client
    },
  }
}
