import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser } from './browser.ts'
import { startInProcessServer, type TestServer } from './inProcessServer.ts'
import { CLIENT_DIST } from './restartableServer.ts'

export interface AppInBrowser {
  /** The app serving the built client, API and relay. */
  readonly server: TestServer
  /** Headless Chromium; give each person their own context (openBoardAs does). */
  readonly browser: Browser
}

/** Starts the app with the built client and a headless Chromium for the calling `describe`, and stops both after it. */
export function useAppInBrowser(): AppInBrowser {
  let server: TestServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    server = await startInProcessServer({ clientDir: CLIENT_DIST })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  const running = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the app and browser run only while the tests of this describe run')
    return value
  }
  return {
    get server() {
      return running(server)
    },
    get browser() {
      return running(browser)
    },
  }
}
