import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { openBoardAs, PHONE } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { fillSampleBoard, untilServerHasNotes } from '../helpers/sampleBoard.ts'
import { screenshotPath } from '../helpers/screenshots.ts'
import { connectClient } from '../helpers/yclient.ts'

const WORKSHOP = {
  en: {
    locale: 'en-US',
    title: 'Enterprise onboarding journey · Q3',
    persona: 'Li Wei, IT director',
    pains: ['Pricing page unclear', 'Slow security review'],
  },
  'zh-TW': {
    locale: 'zh-TW',
    title: '企業客戶入職旅程 · 第三季',
    persona: '李偉（IT 總監）',
    pains: ['定價頁看不懂', '安全審查慢'],
  },
} as const

/**
 * The top bar's visible items that overlap one another or leave the window. Items are compared
 * pairwise (not only neighbours), so an avatar lying over the title is caught wherever it sits.
 */
function headerProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = [
      ...document.querySelectorAll<HTMLElement>(
        [
          '.topbar .brand',
          '.topbar .board-title',
          '.topbar .board-heading > .chip',
          '.topbar .audience-menu > .chip',
          '.topbar .people',
          '.topbar .status',
          '.topbar-row > :not(.spacer, .board-heading, .people, .status)',
          '.topbar-tools > :not(.spacer)',
        ].join(', '),
      ),
    ]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
    const name = (element: HTMLElement) =>
      element.dataset.testid ?? (element.className || element.tagName.toLowerCase())
    const problems: string[] = []
    items.forEach(({ element, box }, index) => {
      if (box.left < -0.5 || box.right > window.innerWidth + 0.5)
        problems.push(`${name(element)} leaves the window (${box.left.toFixed(0)}–${box.right.toFixed(0)})`)
      for (const other of items.slice(index + 1)) {
        if (element.contains(other.element) || other.element.contains(element)) continue
        const overlapX = Math.min(box.right, other.box.right) - Math.max(box.left, other.box.left)
        const overlapY = Math.min(box.bottom, other.box.bottom) - Math.max(box.top, other.box.top)
        if (overlapX > 0.5 && overlapY > 0.5)
          problems.push(`${name(element)} overlaps ${name(other.element)}`)
      }
    })
    return problems
  })
}

const pageWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity)

/** Whether the element's box lies wholly inside the phone's screen. */
async function inWindow(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox()
  const size = page.viewportSize()
  return (
    box !== null &&
    size !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width + 0.5 &&
    box.y + box.height <= size.height + 0.5
  )
}

describe('the board on a phone (390 x 844, touch, Chromium mobile emulation)', () => {
  const app = useAppInBrowser()

  for (const language of ['zh-TW', 'en'] as const) {
    it(`in ${language}: the top bar fits, the page is no wider than the screen, the vote results show`, async () => {
      const content = WORKSHOP[language]
      const board = await createBoard(app.server.url, {
        title: content.title,
        locale: language,
        persona: { name: content.persona, role: 'decisionMaker' },
      })
      const writer = connectClient(app.server.wsUrl, board.id, board.tokens.editor)
      await writer.synced
      fillSampleBoard(
        writer.doc,
        content.pains.map((text, stage) => ({ stage, lane: 'painPoints' as const, text, author: 'Ana' })),
      )
      await untilServerHasNotes(app.server, board.id, content.pains.length)
      writer.destroy()

      const fay = await openBoardAs(
        app.browser,
        app.server.url + board.links.facilitator,
        'Fay',
        content.locale,
      )
      const bob = await openBoardAs(
        app.browser,
        app.server.url + board.links.editor,
        'Bob Li',
        content.locale,
      )
      const phone = await openBoardAs(
        app.browser,
        app.server.url + board.links.editor,
        '陳小明',
        content.locale,
        {
          device: PHONE,
        },
      )
      const { page } = phone
      await eventually(async () => expect(await page.getByTestId('avatar').count()).toBe(2))
      await page.screenshot({ path: screenshotPath(`phone-board-${language}.png`) })
      // The same board in a wide window, for comparing the two layouts by eye.
      await fay.page.screenshot({ path: screenshotPath(`wide-board-${language}.png`) })
      expect(await headerProblems(page)).toEqual([])
      expect(await pageWidth(page)).toBeLessThanOrEqual(390)

      // Language, export, canvas and role wait behind one button, inside the screen.
      await page.getByTestId('more-menu').tap()
      const menu = page.locator('.more-items')
      for (const testId of ['language', 'export-menu', 'canvas-toggle'])
        expect(await inWindow(page, menu.getByTestId(testId)), testId).toBe(true)
      expect(await inWindow(page, menu.locator('.chip.role'))).toBe(true)
      await page.screenshot({ path: screenshotPath(`phone-menu-${language}.png`) })
      await page.getByTestId('more-menu').tap()
      expect(await menu.getByTestId('export-menu').isVisible()).toBe(false)

      // A vote by tapping; the bar takes the vote's chip without running off the screen.
      await fay.page.getByTestId('facilitate').click()
      await fay.page.getByTestId('start-vote').click()
      await page.getByTestId('vote-plus').first().tap()
      await eventually(async () =>
        expect(await page.getByTestId('my-dots').first().getAttribute('data-count')).toBe('1'),
      )
      expect(await headerProblems(page)).toEqual([])
      expect(await pageWidth(page)).toBeLessThanOrEqual(390)

      // The revealed results are on screen.
      await fay.page.getByTestId('end-vote').click()
      await fay.page.getByTestId('reveal-vote').click()
      const results = page.getByTestId('results-panel')
      await results.waitFor()
      await page.screenshot({ path: screenshotPath(`phone-results-${language}.png`) })
      expect(await inWindow(page, results)).toBe(true)
      expect(await pageWidth(page)).toBeLessThanOrEqual(390)

      // So is a tapped note's toolbar.
      await page.getByTestId('note').last().tap()
      expect(await inWindow(page, page.getByTestId('note-toolbar'))).toBe(true)
      expect(await pageWidth(page)).toBeLessThanOrEqual(390)

      // The facilitator's bar on a phone carries more (share, facilitate, delete): it fits too.
      const host = await openBoardAs(
        app.browser,
        app.server.url + board.links.facilitator,
        'Hui',
        content.locale,
        {
          device: PHONE,
        },
      )
      await eventually(async () => expect(await host.page.getByTestId('avatar').count()).toBe(3))
      expect(await headerProblems(host.page)).toEqual([])
      expect(await pageWidth(host.page)).toBeLessThanOrEqual(390)
      await host.page.screenshot({ path: screenshotPath(`phone-facilitator-${language}.png`) })
      for (const session of [fay, bob, phone, host]) await session.context.close()
    })
  }
})
