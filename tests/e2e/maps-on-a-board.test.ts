import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

const SHOTS = '/tmp/jm-screenshots-maps2'
mkdirSync(SHOTS, { recursive: true })

const switcherOptions = (page: Page) => page.getByTestId('map-switcher').locator('option').allTextContents()
const rowTitles = (page: Page) => page.getByTestId('map-row-title').allTextContents()
const openMaps = async (page: Page) => {
  await page.getByTestId('manage-maps').click()
  await page.getByTestId('maps-dialog').waitFor()
}
const row = (page: Page, index: number) => page.getByTestId('map-row').nth(index)

describe('maps on a board', () => {
  const app = useAppInBrowser()

  it('adds a map of a chosen type, duplicates, renames, reorders and removes maps, with undo', async () => {
    const board = await createBoard(app.server.url, { mapType: 'currentState', locale: 'en' })
    const { page, context } = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    await addNoteByTyping(page, await cell(page, 0, 0), 'Slow quote')

    await openMaps(page)
    await page.getByTestId('add-map-type').selectOption('empathy')
    await page.getByTestId('add-map-title').fill('Buyer voices')
    await page.getByTestId('add-map-submit').click()
    await eventually(async () =>
      expect(await page.getByTestId('board-grid').getAttribute('data-view')).toBe('empathy'),
    )
    expect(await switcherOptions(page)).toEqual(['Current state', 'Empathy map · Buyer voices'])

    // The duplicate lands right after the map it copies, with its notes.
    await openMaps(page)
    await row(page, 0).getByTestId('map-row-duplicate').click()
    await eventually(async () =>
      expect(await rowTitles(page)).toEqual(['No title', 'Map (copy)', 'Buyer voices']),
    )
    await row(page, 1).getByTestId('map-row-title').click()
    await page.getByTestId('map-row-title-input').fill('Before the workshop')
    await page.getByTestId('map-row-title-input').press('Enter')
    await row(page, 2).getByTestId('map-row-up').click()
    await eventually(async () =>
      expect(await rowTitles(page)).toEqual(['No title', 'Buyer voices', 'Before the workshop']),
    )
    await page.screenshot({ path: `${SHOTS}/maps-dialog-en.png` })
    await row(page, 2).getByTestId('map-row-open').click()
    await eventually(async () => expect(await noteTexts(page)).toEqual(['Slow quote']))
    expect(await page.getByTestId('map-switcher').inputValue()).toBe(
      await page.getByTestId('map-switcher').locator('option').nth(2).getAttribute('value'),
    )

    // Removing asks first, says what goes with it, and one undo brings the map and its note back.
    await openMaps(page)
    await row(page, 2).getByTestId('map-row-remove').click()
    expect(await page.getByTestId('map-remove-confirm').textContent()).toContain('1 note')
    await page.getByTestId('map-remove-confirm-button').click()
    await eventually(async () => expect(await rowTitles(page)).toEqual(['No title', 'Buyer voices']))
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('undo-toast').textContent()).toContain('Before the workshop')
    await page.getByTestId('toast-undo').click()
    await eventually(async () =>
      expect(await switcherOptions(page)).toEqual([
        'Current state',
        'Empathy map · Buyer voices',
        'Current state · Before the workshop',
      ]),
    )
    await page.getByTestId('map-switcher').selectOption({ index: 2 })
    await eventually(async () => expect(await noteTexts(page)).toEqual(['Slow quote']))
    await context.close()
  })

  it('shows the maps dialog in Chinese with each map’s type', async () => {
    const board = await createBoard(app.server.url, { mapType: 'serviceBlueprint', locale: 'zh-CN' })
    const { page, context } = await openBoardAs(
      app.browser,
      app.server.url + board.links.facilitator,
      '方',
      'zh-CN',
    )
    await openMaps(page)
    await page.getByTestId('add-map-type').selectOption('dayInTheLife')
    await page.getByTestId('add-map-title').fill('采购经理的一天')
    await page.getByTestId('add-map-submit').click()
    await eventually(async () =>
      expect(await switcherOptions(page)).toEqual(['服务蓝图', '生活中的一天 · 采购经理的一天']),
    )
    expect(await page.getByTestId('stage-name').allTextContents()).toEqual(['早上', '中午', '下午', '晚上'])
    await openMaps(page)
    await page.getByTestId('add-map-type').selectOption('tactical')
    await page.getByTestId('add-map-parent-stage').waitFor()
    await page.screenshot({ path: `${SHOTS}/maps-dialog-zh-CN.png` })
    await context.close()
  })
})
