import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser } from './browser.ts'
import { RestartableServer } from './restartableServer.ts'

export interface AppInBrowser {
  /** The app serving the built client, API and relay; a test may stop and restart it (an outage). */
  readonly server: RestartableServer
  /** Headless Chromium; give each person their own context (openBoardAs does). */
  readonly browser: Browser
}

/** Starts the app with the built client and a headless Chromium for the calling `describe`, and stops both after it. */
export function useAppInBrowser(
  options: ConstructorParameters<typeof RestartableServer>[0] = {},
): AppInBrowser {
  const server = new RestartableServer(options)
  let browser: Browser | undefined
  beforeAll(async () => {
    await server.start()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server.dispose()
  })
  return {
    server,
    get browser() {
      if (!browser) throw new Error('the browser runs only while the tests of this describe run')
      return browser
    },
  }
}
