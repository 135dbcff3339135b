import { gzipSync } from 'node:zlib'
import type { Request } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { createBoard } from '../helpers/boards.ts'
import { openCanvas } from '../helpers/canvasPage.ts'
import { eventually } from '../helpers/eventually.ts'

/** DESIGN.md target: the board's first-load JavaScript, without the tldraw canvas, under 120 KB gzipped. */
const FIRST_LOAD_BUDGET_BYTES = 120 * 1024
/** The tldraw island is about 600 KB gzipped; anything near that size is the canvas chunk. */
const CANVAS_CHUNK_MIN_GZIP_BYTES = 400 * 1024

describe('loading the canvas', () => {
  const app = useAppInBrowser()

  it("asks no host but ours for anything, fonts and tldraw's translations included", async () => {
    const board = await createBoard(app.server.url, { title: '画布', locale: 'zh-CN' })
    const requested: string[] = []
    const record = (request: Request) => requested.push(request.url())
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } })
    context.on('request', record)
    const page = await context.newPage()
    page.on('websocket', (socket) => requested.push(socket.url()))
    // A blocked request never reaches the network; the app.browser reports it as a CSP violation instead.
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy'))
        problems.push(message.text())
    })
    await page.goto(app.server.url + board.links.editor)
    await page.getByTestId('join-name').fill('梅')
    await page.getByTestId('join-submit').click()
    await page.getByTestId('board-grid').waitFor()
    await openCanvas(page)
    // tldraw's UI shows once its translation is in; then wait for the fonts it preloads.
    await page.locator('.tlui-main-toolbar').waitFor({ timeout: 30_000 })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await eventually(() => expect(requested.some((url) => /\/zh-cn-[\w-]+\.json$/.test(url))).toBe(true), {
      timeout: 15_000,
    })

    const ours = new URL(app.server.url).host
    const foreign = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).host !== ours)
    expect(foreign).toEqual([])
    expect(problems).toEqual([])
    // Over plain HTTP tldraw runs without a key, so there is nothing to tell the operator.
    expect(await page.getByTestId('canvas-licence-missing').count()).toBe(0)
    // tldraw really loaded its assets, from us: a font and the Chinese translation.
    expect(requested.some((url) => url.endsWith('.woff2'))).toBe(true)
    expect(requested.some((url) => /\/zh-cn-[\w-]+\.json$/.test(url))).toBe(true)
    expect(requested.some((url) => url.includes(`/sync/${board.id}.canvas`))).toBe(true)
    await context.close()
  })

  it('keeps tldraw out of the board’s first load, which stays within the budget', async () => {
    const board = await createBoard(app.server.url, { title: 'Budget' })
    const scripts = new Map<string, number>()
    const context = await app.browser.newContext()
    context.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return
      scripts.set(response.url(), gzipSync(await response.body()).byteLength)
    })
    const page = await context.newPage()
    await page.goto(app.server.url + board.links.editor)
    await page.getByTestId('join-name').fill('Budget')
    await page.getByTestId('join-submit').click()
    await page.getByTestId('board-grid').waitFor()
    await page.waitForLoadState('networkidle')
    const firstLoad = new Map(scripts)
    const firstLoadBytes = [...firstLoad.values()].reduce((sum, bytes) => sum + bytes, 0)
    console.info(`board first-load JavaScript: ${(firstLoadBytes / 1024).toFixed(1)} KB gzipped`)
    expect(firstLoad.size).toBeGreaterThan(0)
    expect(firstLoadBytes).toBeLessThan(FIRST_LOAD_BUDGET_BYTES)

    await openCanvas(page)
    await eventually(() => {
      const canvasChunks = [...scripts].filter(([url]) => !firstLoad.has(url))
      expect(canvasChunks.some(([, bytes]) => bytes > CANVAS_CHUNK_MIN_GZIP_BYTES)).toBe(true)
    })
    await context.close()
  })
})
