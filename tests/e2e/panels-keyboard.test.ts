import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { axeViolations } from '../helpers/axe.ts'
import { addNoteByTyping, cell, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

/** The focused element's test id, or its tag when it has none. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    return active?.dataset.testid ?? active?.tagName.toLowerCase() ?? null
  })
const seriousOrWorse = async (page: Page) =>
  (await axeViolations(page))
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}) ${violation.where.join('; ')}`)

describe('the side panels from the keyboard in Chromium', () => {
  const app = useAppInBrowser()

  it('the follow-up drawer: opened with Enter, tabs by arrow keys, Escape back to its button; axe finds nothing serious', async () => {
    const board = await createBoard(app.server.url, { title: 'Follow-up by keyboard' })
    for (const locale of ['en-US', 'zh-CN']) {
      const { page, context } = await openBoardAs(
        app.browser,
        app.server.url + board.links.editor,
        'Ann',
        locale,
      )
      await page.getByTestId('followup-toggle').focus()
      await page.keyboard.press('Enter')
      await page.getByTestId('followup-panel').waitFor()
      // The focus is in the drawer at once, on its selected tab, although the drawer comes after the board.
      await eventually(async () => expect(await focused(page)).toBe('followup-tab-comments'))
      await page.keyboard.press('ArrowRight')
      expect(await focused(page)).toBe('followup-tab-changes')
      expect(await page.getByTestId('followup-tab-changes').getAttribute('aria-selected')).toBe('true')
      await page.keyboard.press('End')
      expect(await focused(page)).toBe('followup-tab-measure')
      await page.keyboard.press('ArrowRight')
      expect(await focused(page)).toBe('followup-tab-comments')
      await page.keyboard.press('ArrowLeft')
      expect(await focused(page)).toBe('followup-tab-measure')
      await page.keyboard.press('Home')
      expect(await focused(page)).toBe('followup-tab-comments')
      // One Tab stop for the tabs, then the close button, then the tab's content.
      const tabpanel = page.getByRole('tabpanel')
      expect(await tabpanel.getAttribute('aria-labelledby')).toBe('followup-tab-comments')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.classList.contains('followup-close'))).toBe(
        true,
      )
      await page.keyboard.press('Tab')
      expect(await tabpanel.evaluate((el) => el.contains(document.activeElement))).toBe(true)

      expect(await seriousOrWorse(page)).toEqual([])

      await page.getByTestId('followup-tab-comments').focus()
      await page.keyboard.press('Escape')
      await eventually(async () => expect(await page.getByTestId('followup-panel').count()).toBe(0))
      expect(await focused(page)).toBe('followup-toggle')
      expect(await page.getByTestId('followup-toggle').getAttribute('aria-pressed')).toBe('false')

      // Its close button does the same.
      await page.keyboard.press('Enter')
      await eventually(async () => expect(await focused(page)).toBe('followup-tab-comments'))
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await eventually(async () => expect(await page.getByTestId('followup-panel').count()).toBe(0))
      expect(await focused(page)).toBe('followup-toggle')
      await context.close()
    }
  })

  it('the facilitation panel: opened with Enter, walked with Tab, a vote started, Escape back to its button', async () => {
    const board = await createBoard(app.server.url, { title: 'Facilitation by keyboard' })
    const { page, context } = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    await addNoteByTyping(page, await cell(page, 0, 4), 'Pricing unclear')
    await page.getByTestId('facilitate').focus()
    await page.keyboard.press('Enter')
    const panel = page.getByTestId('facilitator-panel')
    await panel.waitFor()
    await eventually(async () => expect(await focused(page)).toBe('facilitator-panel'))
    // Tab walks the panel's controls to the start of a vote.
    for (let i = 0; i < 40 && (await focused(page)) !== 'start-vote'; i++) {
      await page.keyboard.press('Tab')
      expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true)
    }
    expect(await focused(page)).toBe('start-vote')
    await page.keyboard.press('Enter')
    await page.getByTestId('end-vote').waitFor()
    expect(await seriousOrWorse(page)).toEqual([])

    await page.getByTestId('end-vote').focus()
    await page.keyboard.press('Escape')
    await eventually(async () => expect(await panel.count()).toBe(0))
    expect(await focused(page)).toBe('facilitate')
    expect(await page.getByTestId('facilitate').getAttribute('aria-pressed')).toBe('false')
    await context.close()
  })

  it('the stage and actions panels: opened from the keyboard, the focus moves in, Escape gives it back', async () => {
    const board = await createBoard(app.server.url, { title: 'Stage and actions by keyboard' })
    const { page, context } = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann')
    for (const [opener, panelId] of [
      ['stage-details', 'stage-panel'],
      ['actions-toggle', 'actions-panel'],
    ] as const) {
      await page.getByTestId(opener).first().focus()
      await page.keyboard.press('Enter')
      const panel = page.getByTestId(panelId)
      await panel.waitFor()
      await eventually(async () => expect(await focused(page)).toBe(panelId))
      await page.keyboard.press('Tab')
      expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true)
      expect(await seriousOrWorse(page)).toEqual([])
      await page.getByTestId(panelId).focus()
      await page.keyboard.press('Escape')
      await eventually(async () => expect(await panel.count()).toBe(0))
      expect(await focused(page)).toBe(opener)
    }
    await context.close()
  })
})
