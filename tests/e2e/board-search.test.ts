import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { fillSampleBoard, SAMPLE_NOTES, untilServerHasNotes } from '../helpers/sampleBoard.ts'
import { screenshotPath } from '../helpers/screenshots.ts'
import { connectClient } from '../helpers/yclient.ts'

const count = (page: Page) => page.getByTestId('board-search-count').textContent()
const noteWith = (page: Page, text: string) => page.getByTestId('note').filter({ hasText: text })
const hasClass = async (page: Page, text: string, name: string) =>
  ((await noteWith(page, text).getAttribute('class')) ?? '').split(' ').includes(name)

describe('searching inside a board', () => {
  const app = useAppInBrowser()

  it('highlights the hits, steps through them in reading order, follows live edits and works offline', async () => {
    const board = await createBoard(app.server.url, { title: 'Quote-to-cash journey' })
    const writer = connectClient(app.server.wsUrl, board.id, board.tokens.editor)
    await writer.synced
    fillSampleBoard(writer.doc)
    await untilServerHasNotes(app.server, board.id, SAMPLE_NOTES.length)
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann')
    const { page } = ann
    await eventually(async () => expect(await page.getByTestId('note').count()).toBe(SAMPLE_NOTES.length))

    await page.keyboard.press('Control+f')
    const field = page.getByTestId('board-search')
    await eventually(async () =>
      expect(await field.evaluate((el) => el === document.activeElement)).toBe(true),
    )
    // Two characters of Chinese find the note and the tag of another; hits are marked, not moved.
    await field.fill('报价')
    await eventually(async () => expect(await count(page)).toBe('2 matches'))
    expect(await hasClass(page, '报价流程太慢', 'search-hit')).toBe(true)
    expect(await hasClass(page, '自助报价工具', 'search-hit')).toBe(true)
    expect(await hasClass(page, 'LinkedIn ads', 'search-hit')).toBe(false)

    await field.press('Enter')
    expect(await count(page)).toBe('1 of 2')
    expect(await noteWith(page, '报价流程太慢').getAttribute('data-selected')).toBe('')
    await field.press('Enter')
    expect(await count(page)).toBe('2 of 2')
    expect(await hasClass(page, '自助报价工具', 'search-current')).toBe(true)
    await field.press('Enter')
    expect(await count(page)).toBe('1 of 2')
    await field.press('Shift+Enter')
    expect(await count(page)).toBe('2 of 2')

    await page.getByTestId('board-search-only').click()
    expect(await hasClass(page, 'LinkedIn ads', 'search-miss')).toBe(true)
    expect(await hasClass(page, '自助报价工具', 'search-miss')).toBe(false)
    await page.screenshot({ path: screenshotPath('board-search.png') })

    // Someone else's new note that matches joins the hits; the one looked at stays chosen.
    fillSampleBoard(writer.doc, [{ stage: 0, lane: 'touchpoints', text: '报价单模板' }])
    await eventually(async () => expect(await count(page)).toBe('3 of 3'))
    expect(await hasClass(page, '自助报价工具', 'search-current')).toBe(true)
    writer.destroy()

    // The search runs on this device: offline, it answers as before.
    await ann.context.setOffline(true)
    await eventually(async () =>
      expect(await page.getByTestId('sync-status').getAttribute('data-state')).toBe('offline'),
    )
    await field.fill('PRICING')
    await eventually(async () => expect(await count(page)).toBe('1 match'))
    expect(await hasClass(page, 'Pricing page unclear', 'search-hit')).toBe(true)

    await field.press('Escape')
    expect(await field.inputValue()).toBe('')
    expect(await page.locator('.note.search-hit, .note.search-miss').count()).toBe(0)
    await ann.context.close()
  })
})
