import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { cell, openBoardAs, PHONE } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

const zoomLevel = async (page: Page) =>
  Number((await page.getByTestId('zoom-level').textContent())?.replace('%', ''))

/** Whether the stage's cells lie across the view between the sticky lane labels and the right edge. */
const stageInView = (page: Page, stageIndex: number) =>
  page.evaluate((index) => {
    const scroller = document.querySelector('[data-testid="board-scroll"]') as HTMLElement
    const stageId = document.querySelectorAll<HTMLElement>('[data-testid="stage-header"]')[index]?.dataset
      .stageId
    const cell = document.querySelector(`[data-cell][data-stage-id="${stageId}"]`) as HTMLElement
    const labels = (document.querySelector('.lane-label') as HTMLElement).getBoundingClientRect()
    const box = cell.getBoundingClientRect()
    const view = scroller.getBoundingClientRect()
    const focused = document.activeElement === cell
    return { inView: box.left >= labels.right - 1 && box.right <= view.right + 1, focused }
  }, stageIndex)

describe('finding one’s way on a big board in Chromium', () => {
  const app = useAppInBrowser()

  it('zooms to a stage from its header and with Z in a cell, on a laptop and a phone', async () => {
    const board = await createBoard(app.server.url, { title: 'Navigation workshop' })
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann', 'en-US', {
      device: { viewport: { width: 1280, height: 800 } },
    })
    const { page } = ann
    // From far out: the whole board fitted, then each stage in turn.
    await page.getByRole('button', { name: 'Zoom out' }).click()
    await page.getByRole('button', { name: 'Zoom out' }).click()
    expect(await zoomLevel(page)).toBeLessThan(100)
    // The header's button is reached with Tab like any other and pressed with Enter.
    const zoomButton = page.getByTestId('stage-zoom').nth(3)
    expect(await zoomButton.getAttribute('aria-label')).toBe('Zoom to this stage')
    await zoomButton.focus()
    await page.keyboard.press('Enter')
    await eventually(async () => expect(await zoomLevel(page)).toBe(100))
    await eventually(async () => expect(await stageInView(page, 3)).toEqual({ inView: true, focused: true }))

    // Z in a cell: its stage, and the arrow keys carry on from the stage's first cell.
    await page.getByRole('button', { name: 'Zoom out' }).click()
    await (await cell(page, 3, 2)).focus()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('z')
    await eventually(async () => expect(await stageInView(page, 2)).toEqual({ inView: true, focused: true }))
    await ann.context.close()

    // A phone: the stage fills the narrow screen beside the lane labels.
    const phone = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bo', 'zh-CN', {
      device: PHONE,
    })
    await phone.page.getByTestId('stage-zoom').nth(4).click()
    expect(await phone.page.getByTestId('stage-zoom').nth(4).getAttribute('aria-label')).toBe('缩放到此阶段')
    await eventually(async () =>
      expect(await stageInView(phone.page, 4)).toEqual({ inView: true, focused: true }),
    )
    await phone.context.close()
  })
})
