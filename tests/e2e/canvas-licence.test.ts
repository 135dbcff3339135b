import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { createBoard } from '../helpers/boards.ts'
import { openCanvas } from '../helpers/canvasPage.ts'

/** A production-looking HTTPS host; the browser's requests to it are answered by the test server. */
const PRODUCTION = 'https://journeys.example.test'

describe('the canvas on a production HTTPS host without a tldraw licence key', () => {
  const app = useAppInBrowser()

  it('tells the operator why, in the canvas and the console, instead of leaving a blank area', async () => {
    const board = await createBoard(app.server.url, { title: 'Licence check' })
    const context = await app.browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1400, height: 900 },
    })
    await context.route(`${PRODUCTION}/**`, async (route) => {
      const url = new URL(route.request().url())
      await route.fulfill({
        response: await route.fetch({ url: app.server.url + url.pathname + url.search }),
      })
    })
    const page = await context.newPage()
    const warnings: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    await page.goto(PRODUCTION + board.links.editor)
    await page.getByTestId('join-name').fill('Operator')
    await page.getByTestId('join-submit').click()
    await page.getByTestId('board-grid').waitFor()
    await openCanvas(page)

    const notice = page.getByTestId('canvas-licence-missing')
    expect(await notice.textContent()).toContain('VITE_TLDRAW_LICENSE_KEY')
    expect(warnings.some((text) => text.includes('VITE_TLDRAW_LICENSE_KEY'))).toBe(true)
    // tldraw's own gate then removes the editor; the notice is what stays.
    await page
      .locator('[data-testid="canvas-host"] .tl-canvas')
      .waitFor({ state: 'detached', timeout: 30_000 })
    expect(await notice.isVisible()).toBe(true)
    await context.close()
  })
})
