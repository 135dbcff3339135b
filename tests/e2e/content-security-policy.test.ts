import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, noteTexts } from '../helpers/boardPage.ts'
import { drawRectangle, openCanvas, shapeCount } from '../helpers/canvasPage.ts'
import { eventually } from '../helpers/eventually.ts'
import { watchContext } from '../helpers/pageWatch.ts'

describe('the Content-Security-Policy in Chromium', () => {
  const app = useAppInBrowser()

  it('is enforced, and the app runs under it without a single violation', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
    const watch = await watchContext(context)
    const page = await context.newPage()
    const landing = await page.goto(app.server.url)
    expect(landing?.headers()['content-security-policy']).toContain("script-src 'self'")

    // Create a board from the landing page, join it, edit notes, go offline and back, reload, draw.
    await page.getByTestId('board-title-input').fill('CSP walk-through')
    await page.getByTestId('create-board').click()
    await page.getByTestId('join-name').fill('Fay')
    await page.getByTestId('join-submit').click()
    await page.getByTestId('board-grid').waitFor()
    await addNoteByTyping(page, await cell(page, 0, 0), 'First note')
    await addNoteByTyping(page, await cell(page, 1, 1), 'Second note')
    await context.setOffline(true)
    await eventually(async () =>
      expect(await page.getByTestId('sync-status').getAttribute('data-state')).toBe('offline'),
    )
    await addNoteByTyping(page, await cell(page, 2, 0), 'Written offline')
    await context.setOffline(false)
    await eventually(
      async () => expect(await page.getByTestId('sync-status').getAttribute('data-state')).toBe('online'),
      { timeout: 15_000 },
    )
    await page.reload()
    await page.getByTestId('board-grid').waitFor()
    await eventually(async () =>
      expect(await noteTexts(page)).toEqual(['First note', 'Second note', 'Written offline']),
    )
    // The lazily loaded canvas (tldraw, its fonts and icons from our own origin) runs under it too.
    await openCanvas(page)
    await drawRectangle(page, { x: 80, y: 200 }, { x: 240, y: 320 })
    await eventually(async () => expect(await shapeCount(page, 'geo')).toBe(1))
    await page.getByTestId('language').selectOption('zh-CN')
    await page.getByTestId('delete-board').click()
    await page.getByTestId('delete-board-cancel').click()

    expect(watch.violations).toEqual([])
    expect(watch.errors).toEqual([])

    // The watch itself works: an injected inline script is blocked and reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false
    })
    expect(ran).toBe(false)
    await eventually(() => expect(watch.violations).toEqual(['script-src-elem inline']))
    await context.close()
  })
})
