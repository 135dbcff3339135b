import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { axeViolations } from '../helpers/axe.ts'
import { openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { screenshotPath } from '../helpers/screenshots.ts'

describe('the keyboard shortcut sheet', () => {
  const app = useAppInBrowser()

  it('opens on "?" and from its button, in the chosen language, and Escape closes only the sheet', async () => {
    const board = await createBoard(app.server.url, { title: 'Renewal journey' })
    const { page, context } = await openBoardAs(
      app.browser,
      app.server.url + board.links.editor,
      'Ann',
      'zh-TW',
    )
    const sheet = page.getByTestId('shortcut-sheet')

    await page.getByTestId('followup-toggle').click()
    await page.getByTestId('followup-panel').waitFor()
    await page.getByTestId('board-grid').locator('[data-testid="cell"]').first().focus()
    await page.keyboard.press('?')
    await sheet.waitFor()
    expect(await sheet.getByRole('heading', { level: 2 }).textContent()).toBe('鍵盤快速鍵')
    expect(await sheet.textContent()).toContain('在本看板中搜尋')
    expect((await axeViolations(page)).filter((violation) => violation.impact !== 'minor')).toEqual([])
    await page.screenshot({ path: screenshotPath('shortcut-sheet-zh-TW.png') })

    await page.keyboard.press('Escape')
    await sheet.waitFor({ state: 'detached' })
    expect(await page.getByTestId('followup-panel').isVisible()).toBe(true)

    // Typing "?" in a field types it.
    const search = page.getByTestId('board-search')
    await search.fill('')
    await search.press('?')
    expect(await search.inputValue()).toBe('?')
    expect(await sheet.count()).toBe(0)

    await page.getByTestId('shortcuts').click()
    await sheet.waitFor()
    await page.getByTestId('shortcut-sheet-close').click()
    await sheet.waitFor({ state: 'detached' })
    await eventually(async () =>
      expect(await page.getByTestId('shortcuts').evaluate((el) => el === document.activeElement)).toBe(true),
    )
    await context.close()
  })
})
