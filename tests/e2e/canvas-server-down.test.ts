import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { drawRectangle, openCanvas, shapeCount } from '../helpers/canvasPage.ts'
import { eventually } from '../helpers/eventually.ts'
import { untilServiceWorkerControls } from '../helpers/restartableServer.ts'

const canvasStatus = (page: Page) => page.getByTestId('canvas-panel').getByTestId('sync-status')

describe('the canvas with the server down', () => {
  const app = useAppInBrowser()
  const server = app.server

  it('loads tldraw from the service worker cache, shows the local drawing, and saves new strokes later', async () => {
    const board = await createBoard(server.url, { title: 'Canvas outage' })
    const alice = await openBoardAs(app.browser, server.url + board.links.facilitator, 'Alice')
    await openCanvas(alice.page)
    await drawRectangle(alice.page, { x: 60, y: 160 }, { x: 160, y: 240 })
    await eventually(
      async () => expect(await canvasStatus(alice.page).getAttribute('data-state')).toBe('online'),
      {
        timeout: 10_000,
      },
    )
    // Everything is precached (the canvas chunk, fonts, translations) once the worker controls the page.
    await untilServiceWorkerControls(alice.page)
    const cached = await alice.page.evaluate(async () => {
      const urls: string[] = []
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url)
      }
      return urls
    })
    expect(cached.some((url) => /\/assets\/CanvasPanel-[\w-]+\.js/.test(url))).toBe(true)
    expect(cached.some((url) => /\/assets\/zh-cn-[\w-]+\.json/.test(url))).toBe(true)
    expect(cached.some((url) => url.endsWith('.woff2'))).toBe(true)

    await server.stop()
    await alice.page.reload()
    await alice.page.getByTestId('board-grid').waitFor({ timeout: 15_000 })
    await openCanvas(alice.page)
    await eventually(async () => expect(await shapeCount(alice.page, 'geo')).toBe(1))
    await drawRectangle(alice.page, { x: 220, y: 160 }, { x: 320, y: 240 })
    await eventually(async () =>
      expect(await canvasStatus(alice.page).textContent()).toMatch(/not yet saved/),
    )

    await server.start()
    await eventually(
      async () => expect(await canvasStatus(alice.page).getAttribute('data-state')).toBe('online'),
      {
        timeout: 20_000,
      },
    )
    const bob = await openBoardAs(app.browser, server.url + board.links.editor, 'Bob')
    await openCanvas(bob.page)
    await eventually(async () => expect(await shapeCount(bob.page, 'geo')).toBe(2), { timeout: 10_000 })
    await alice.context.close()
    await bob.context.close()
  })
})
