import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, openBoardAs, PHONE } from '../helpers/boardPage.ts'
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

  it('shows the board and the view on a minimap, moved by pressing, dragging and the arrow keys', async () => {
    const board = await createBoard(app.server.url, { title: 'Minimap workshop' })
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann', 'en-US', {
      device: { viewport: { width: 1280, height: 800 } },
    })
    const { page } = ann
    await addNoteByTyping(page, await cell(page, 0, 1), 'Early note')
    await addNoteByTyping(page, await cell(page, 4, 1), 'Late note')
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await page.getByTestId('board-scroll').evaluate((el) => el.scrollTo(0, 0))
    expect(await page.getByTestId('minimap').count()).toBe(0)

    const toggle = page.getByTestId('minimap-toggle')
    await toggle.focus()
    await page.keyboard.press('Enter')
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    const minimap = page.getByTestId('minimap')
    await minimap.waitFor()
    // Every cell and note, in the notes' colours.
    await eventually(async () => {
      expect(await minimap.locator('.minimap-note').count()).toBe(2)
      expect(await minimap.locator('.minimap-cell').count()).toBe(await page.getByTestId('cell').count())
    })
    const scroll = () =>
      page.getByTestId('board-scroll').evaluate((el) => ({ left: el.scrollLeft, top: el.scrollTop }))
    const viewBox = async () => {
      const box = await page.getByTestId('minimap-view').boundingBox()
      if (!box) throw new Error('the view is outlined')
      return box
    }
    const before = await viewBox()
    expect((await scroll()).left).toBe(0)

    // A press near the map's right end brings the view there; the outline follows.
    const map = await minimap.boundingBox()
    if (!map) throw new Error('the minimap is on screen')
    await page.mouse.click(map.x + map.width - 4, map.y + map.height / 2)
    await eventually(async () => expect((await scroll()).left).toBeGreaterThan(200))
    await eventually(async () => expect((await viewBox()).x).toBeGreaterThan(before.x + 10))

    // A drag back to the left moves it along.
    await page.mouse.move(map.x + map.width - 4, map.y + 4)
    await page.mouse.down()
    await page.mouse.move(map.x + 4, map.y + 4, { steps: 5 })
    await page.mouse.up()
    await eventually(async () => expect((await scroll()).left).toBe(0))

    // The arrow keys, once the map has the focus.
    await minimap.focus()
    await page.keyboard.press('ArrowRight')
    await eventually(async () => expect((await scroll()).left).toBeGreaterThan(100))
    const right = (await scroll()).left
    await page.keyboard.press('ArrowDown')
    await eventually(async () => expect((await scroll()).top).toBeGreaterThan(50))
    await page.keyboard.press('ArrowLeft')
    await eventually(async () => expect((await scroll()).left).toBeLessThan(right))

    // It follows the board: a new note appears on it.
    await addNoteByTyping(page, await cell(page, 2, 1), 'Middle note')
    await eventually(async () => expect(await minimap.locator('.minimap-note').count()).toBe(3))
    await toggle.click()
    await page.getByTestId('board-scroll').evaluate((el) => el.scrollTo(0, 0))
    expect(await page.getByTestId('minimap').count()).toBe(0)
    await ann.context.close()
  })
})
