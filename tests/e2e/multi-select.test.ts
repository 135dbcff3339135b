import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, notesInCell, noteWithText, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

const PAINS = 4 // seed 002 lanes: touchpoints, actions, thoughts, feelings, pain points, opportunities, …
const OPPORTUNITIES = 5

const selectedTexts = async (page: Page) =>
  (await page.locator('[data-testid="note"][data-selected] .note-text').allTextContents()).sort()
const colourOf = async (page: Page, text: string) =>
  /note-(\w+)/.exec((await noteWithText(page, text).getAttribute('class')) ?? '')?.[1]

describe('selecting several notes and changing them together in Chromium', () => {
  const app = useAppInBrowser()

  it('a box dragged over a cell and shift-click select notes; recolour, tag, move and delete are one undo step each', async () => {
    const board = await createBoard(app.server.url, { title: 'Selection workshop' })
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    const { page } = ann
    await addNoteByTyping(page, await cell(page, 0, PAINS), 'Pricing unclear')
    // More in the same cell from the keyboard: N adds at the cell's end.
    for (const text of ['No trial', 'Long forms']) {
      await (await cell(page, 0, PAINS)).focus()
      await page.keyboard.press('n')
      await page.getByTestId('note-editor').pressSequentially(text)
      await page.keyboard.press('Escape')
    }
    await addNoteByTyping(page, await cell(page, 1, PAINS), 'Slow review')
    await eventually(async () => expect(await bob.page.getByTestId('note').count()).toBe(4))

    // A box from the cell's empty foot up over its last two notes selects them, live.
    // Nothing selected: the selection bar would cover the lower lanes.
    await page.getByTestId('clear-selection').click()
    const pains = await cell(page, 0, PAINS)
    const cellBox = await pains.boundingBox()
    const lastBox = await noteWithText(page, 'Long forms').boundingBox()
    const middleBox = await noteWithText(page, 'No trial').boundingBox()
    if (!cellBox || !lastBox || !middleBox) throw new Error('the cell and its notes are on screen')
    await page.mouse.move(cellBox.x + 4, lastBox.y + lastBox.height + 12)
    await page.mouse.down()
    await page.mouse.move(cellBox.x + 30, middleBox.y + middleBox.height / 2, { steps: 6 })
    await page.getByTestId('selection-box').waitFor()
    await eventually(async () => expect(await selectedTexts(page)).toEqual(['Long forms', 'No trial']))
    await page.mouse.up()
    expect(await page.getByTestId('selection-box').count()).toBe(0)
    // The click that ends the box does not clear what it selected.
    expect(await selectedTexts(page)).toEqual(['Long forms', 'No trial'])

    // Shift-click adds a note of another cell.
    await noteWithText(page, 'Slow review').click({ modifiers: ['Shift'] })
    expect(await selectedTexts(page)).toEqual(['Long forms', 'No trial', 'Slow review'])
    await expect.poll(() => page.getByTestId('note-toolbar').textContent()).toContain('3 selected')

    // Recolour: all three at once, and one undo puts all three back.
    await page.getByTestId('color-blue').click()
    await eventually(async () => {
      for (const text of ['Long forms', 'No trial', 'Slow review'])
        expect(await colourOf(bob.page, text)).toBe('blue')
    })
    expect(await colourOf(bob.page, 'Pricing unclear')).toBe('yellow')
    await page.keyboard.press('Control+z')
    await eventually(async () => {
      for (const text of ['Long forms', 'No trial', 'Slow review'])
        expect(await colourOf(bob.page, text)).toBe('yellow')
    })

    // Tag: the same, from the keyboard.
    await page.getByTestId('tag-input').fill('pricing')
    await page.getByTestId('tag-input').press('Enter')
    await eventually(async () =>
      expect(await bob.page.getByTestId('note').filter({ hasText: '#pricing' }).count()).toBe(3),
    )
    // Undo from the grid (in the tag field, Ctrl+Z undoes its typing).
    await noteWithText(page, 'No trial').focus()
    await page.keyboard.press('Control+z')
    await eventually(async () =>
      expect(await bob.page.getByTestId('note').filter({ hasText: '#pricing' }).count()).toBe(0),
    )

    // Move to another cell with the keyboard only: Tab reaches the list, then the button.
    await noteWithText(page, 'No trial').focus()
    for (let i = 0; i < 60; i++) {
      if (await page.getByTestId('move-selection-target').evaluate((el) => el === document.activeElement))
        break
      await page.keyboard.press('Tab')
    }
    expect(
      await page.getByTestId('move-selection-target').evaluate((el) => el === document.activeElement),
    ).toBe(true)
    await page.getByTestId('move-selection-target').selectOption({ label: 'Capture · Opportunities' })
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await eventually(async () =>
      expect(await notesInCell(bob.page, 1, OPPORTUNITIES)).toEqual([
        'No trial',
        'Long forms',
        'Slow review',
      ]),
    )
    expect(await page.getByTestId('move-selection-announcer').textContent()).toBe(
      'Moved 3 notes to Capture · Opportunities',
    )
    expect(await selectedTexts(page)).toEqual(['Long forms', 'No trial', 'Slow review'])
    await page.keyboard.press('Control+z')
    await eventually(async () => {
      expect(await notesInCell(bob.page, 0, PAINS)).toEqual(['Pricing unclear', 'No trial', 'Long forms'])
      expect(await notesInCell(bob.page, 1, PAINS)).toEqual(['Slow review'])
    })

    // Delete: all three go, one undo brings all three back.
    await page.getByTestId('delete-selected').click()
    await eventually(async () => expect(await bob.page.getByTestId('note').count()).toBe(1))
    await page.keyboard.press('Control+z')
    await eventually(async () => expect(await bob.page.getByTestId('note').count()).toBe(4))

    // Ctrl+A in a cell selects its notes; Escape clears the selection.
    await noteWithText(page, 'Pricing unclear').click()
    await page.keyboard.press('Control+a')
    expect(await selectedTexts(page)).toEqual(['Long forms', 'No trial', 'Pricing unclear'])
    await page.keyboard.press('Escape')
    expect(await selectedTexts(page)).toEqual([])
    await ann.context.close()
    await bob.context.close()
  })
})
