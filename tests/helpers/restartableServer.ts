import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { startInProcessServer, type TestServer } from './inProcessServer.ts'

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url))

/**
 * The app with the built client, which a test can take down and bring back on the same port and
 * data directory (so open pages reconnect to it, as after an outage).
 */
export class RestartableServer {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'jm-restartable-'))
  #server: TestServer | undefined
  #port: number | undefined

  /** `options`: what else the app is started with (e.g. webhooks allowed to reach loopback receivers). */
  constructor(
    private readonly options: Pick<Parameters<typeof startInProcessServer>[0] & object, 'webhooks'> = {},
  ) {}

  get #running(): TestServer {
    if (!this.#server) throw new Error('the server is down')
    return this.#server
  }

  get url(): string {
    return this.#running.url
  }

  get wsUrl(): string {
    return this.#running.wsUrl
  }

  get built(): TestServer['built'] {
    return this.#running.built
  }

  async start(): Promise<void> {
    this.#server = await startInProcessServer({
      clientDir: CLIENT_DIST,
      dataDir: this.dataDir,
      port: this.#port,
      ...this.options,
    })
    this.#port = Number(new URL(this.#server.url).port)
  }

  async stop(): Promise<void> {
    await this.#server?.close()
    this.#server = undefined
  }

  async dispose(): Promise<void> {
    await this.stop()
    rmSync(this.dataDir, { recursive: true, force: true })
  }
}

/** Waits until the service worker controls the page, i.e. the app shell is precached for offline use. */
export async function untilServiceWorkerControls(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 })
}
