import { LocalOrigin, lanesOf, mapsOf, metaOf, readBoard, stagesOf } from '@jm/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { cell, noteTexts } from '../helpers/boardPage.ts'
import { eventually } from '../helpers/eventually.ts'
import { watchContext } from '../helpers/pageWatch.ts'
import { connectClient } from '../helpers/yclient.ts'

/** Each would set window.__pwned, open a dialog or add elements if it were ever parsed as HTML. */
const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img';alert('img')">`,
  `<script>window.__pwned='script'</script>`,
  `"><svg onload="window.__pwned='svg'"></svg><b id="injected">bold</b>`,
  `</textarea><iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `javascript:window.__pwned='href';void(0)//${'x'.repeat(60)}`,
]

/** Nothing ran and nothing was parsed into elements anywhere in the app. */
async function expectNothingInjected(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    elements: document.querySelectorAll(
      '#root img[src="x"], #root script, #root iframe, #root svg[onload], #injected, #root [onerror], #root [onload]',
    ).length,
  }))
  expect(found).toEqual({ pwned: null, elements: 0 })
}

/** The board still looks like a board: the topbar rows keep their content, notes stay inside their cells. */
async function expectLayoutIntact(page: Page): Promise<void> {
  // Nothing in a row spills out of it: a long title shortens itself instead of pushing the tools away.
  const rows = await page.locator('.topbar-row').evaluateAll((items) =>
    items.map((row) => ({
      spillsDown: row.scrollHeight > row.clientHeight,
      spillsRight: row.scrollWidth > row.clientWidth,
    })),
  )
  expect(rows).toEqual([
    { spillsDown: false, spillsRight: false },
    { spillsDown: false, spillsRight: false },
  ])
  const boxes = await page.getByTestId('note').evaluateAll((notes) =>
    notes.map((note) => {
      const own = note.getBoundingClientRect()
      const cellBox = note.closest('[data-testid="cell"]')?.getBoundingClientRect()
      return { note: [own.left, own.right], cell: cellBox ? [cellBox.left, cellBox.right] : null }
    }),
  )
  for (const { note, cell: box } of boxes) {
    expect(box).not.toBeNull()
    expect(note[0]).toBeGreaterThanOrEqual((box?.[0] ?? 0) - 1)
    expect(note[1]).toBeLessThanOrEqual((box?.[1] ?? 0) + 1)
  }
}

describe('user text is never interpreted as HTML', () => {
  const app = useAppInBrowser()

  it('shows script and markup pasted into titles, names and notes as plain text', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
    const watch = await watchContext(context)
    const page = await context.newPage()
    await page.goto(app.server.url)

    // Board title and participant name, typed into the app's own forms.
    const title = `<img src=x onerror="window.__pwned='title'">Q3 <b>onboarding</b>`
    const name = `<script>window.__pwned='name'</script>`
    await page.getByTestId('board-title-input').fill(title)
    await page.getByTestId('create-board').click()
    await page.getByTestId('join-name').fill(name)
    await page.getByTestId('join-submit').click()
    await page.getByTestId('board-grid').waitFor()
    await expect.poll(() => page.getByTestId('board-title').textContent()).toBe(title)

    // Note text, pasted into the note editor.
    for (const [index, payload] of PAYLOADS.entries()) {
      await (await cell(page, index % 3, index % 2)).dblclick({ position: { x: 20, y: 60 } })
      const editor = page.getByTestId('note-editor')
      await editor.waitFor()
      await page.keyboard.insertText(payload)
      await editor.press('Escape')
    }
    await eventually(async () => expect(await noteTexts(page)).toEqual([...PAYLOADS].sort()))

    // Stage, lane and legacy free-text persona names: a collaborator's client writes them.
    const boardId = new URL(page.url()).pathname.split('/')[2] ?? ''
    const token = await page.evaluate((id) => localStorage.getItem(`jm-participant-${id}`), boardId)
    const collaborator = connectClient(app.server.wsUrl, boardId, token ?? '')
    await collaborator.synced
    const doc = collaborator.doc
    const view = readBoard(doc)
    doc.transact(() => {
      stagesOf(doc)
        .get(view.stages[0]?.id ?? '')
        ?.set('name', PAYLOADS[0])
      stagesOf(doc)
        .get(view.stages[1]?.id ?? '')
        ?.set('goal', PAYLOADS[1])
      lanesOf(doc)
        .get(view.lanes[0]?.id ?? '')
        ?.set('name', PAYLOADS[2])
      mapsOf(doc)
        .get(view.maps[0]?.id ?? '')
        ?.set('persona', PAYLOADS[3])
      metaOf(doc).set('title', PAYLOADS[4])
    }, new LocalOrigin('collaborator'))
    await expect.poll(() => page.getByTestId('board-title').textContent()).toBe(PAYLOADS[4])
    expect(await page.getByTestId('stage-header').first().locator('.stage-name').textContent()).toBe(
      PAYLOADS[0],
    )
    expect(await page.getByTestId('stage-header').nth(1).locator('.stage-goal').textContent()).toBe(
      PAYLOADS[1],
    )
    expect(await page.getByTestId('lane-label').first().textContent()).toContain(PAYLOADS[2])
    expect(await page.getByTestId('map-persona').textContent()).toBe(PAYLOADS[3])
    collaborator.destroy()

    // Another participant sees the hostile name in the people bar and on the cursor, as text.
    const eve = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
    const eveWatch = await watchContext(eve)
    const evePage = await eve.newPage()
    await evePage.goto(page.url())
    await evePage.getByTestId('join-name').fill('Eve')
    await evePage.getByTestId('join-submit').click()
    await evePage.getByTestId('board-grid').waitFor()
    const grid = await page.getByTestId('board-grid').boundingBox()
    await page.mouse.move((grid?.x ?? 0) + 400, (grid?.y ?? 0) + 300, { steps: 3 })
    await expect
      .poll(() => evePage.locator('.cursor-name').first().textContent(), { timeout: 10_000 })
      .toBe(name)
    expect(await evePage.getByTestId('avatar').first().getAttribute('title')).toContain(name)
    await expectNothingInjected(evePage)
    expect([...eveWatch.dialogs, ...eveWatch.violations, ...eveWatch.errors]).toEqual([])
    await eve.close()

    // The delete dialog quotes the (hostile) title too.
    await page.getByTestId('delete-board').click()
    expect(await page.getByTestId('delete-board-dialog').textContent()).toContain(PAYLOADS[4])
    await page.getByTestId('delete-board-cancel').click()

    await page.reload()
    await page.getByTestId('board-grid').waitFor()
    await eventually(async () => expect(await noteTexts(page)).toEqual([...PAYLOADS].sort()))
    await expectNothingInjected(page)
    await expectLayoutIntact(page)
    expect(watch.dialogs).toEqual([])
    expect(watch.violations).toEqual([])
    expect(watch.errors).toEqual([])
    await context.close()
  })
})
