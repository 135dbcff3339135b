import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

const PAINS = 4 // seed 002 lanes: touchpoints, actions, thoughts, feelings, pain points, opportunities, …
const OPPORTUNITIES = 5

const notesIn = async (page: Page, stage: number, lane: number) =>
  (await cell(page, stage, lane)).locator('[data-testid="note"] .note-text').allTextContents()
const announced = (page: Page) => page.getByTestId('move-announcer').textContent()
const focusedNote = (page: Page) =>
  page.evaluate(() => document.activeElement?.querySelector('.note-text')?.textContent ?? null)

describe('moving notes with the keyboard in Chromium', () => {
  const app = useAppInBrowser()

  it('Alt+arrows reorder a note in its cell and take it to the neighbouring cells, announced and undoable', async () => {
    const board = await createBoard(app.server.url, { title: 'Keyboard workshop' })
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    const { page } = ann
    await addNoteByTyping(page, await cell(page, 0, PAINS), 'Pricing page unclear')
    await addNoteByTyping(page, await cell(page, 0, PAINS), 'No trial')
    await addNoteByTyping(page, await cell(page, 1, PAINS), 'Slow security review')
    await eventually(async () => expect(await bob.page.getByTestId('note').count()).toBe(3))

    await page.getByTestId('note').filter({ hasText: 'No trial' }).focus()
    // Up inside the cell: before the note above it.
    await page.keyboard.press('Alt+ArrowUp')
    await eventually(async () =>
      expect(await notesIn(page, 0, PAINS)).toEqual(['No trial', 'Pricing page unclear']),
    )
    expect(await announced(page)).toBe('Moved to Attract · Pain points, 1 of 2')
    expect(await focusedNote(page)).toBe('No trial')

    // Right: the next stage, at the same place; Bob sees it there.
    await page.keyboard.press('Alt+ArrowRight')
    await eventually(async () =>
      expect(await notesIn(bob.page, 1, PAINS)).toEqual(['No trial', 'Slow security review']),
    )
    expect(await announced(page)).toBe('Moved to Capture · Pain points, 1 of 2')
    expect(await focusedNote(page)).toBe('No trial')

    // Down past the cell's last note: into the lane below, at its start.
    await page.keyboard.press('Alt+ArrowDown')
    await eventually(async () => expect(await announced(page)).toBe('Moved to Capture · Pain points, 2 of 2'))
    await page.keyboard.press('Alt+ArrowDown')
    await eventually(async () => expect(await notesIn(page, 1, OPPORTUNITIES)).toEqual(['No trial']))
    expect(await announced(page)).toBe('Moved to Capture · Opportunities, 1 of 1')

    // Each move is one undo step of Ann's own.
    await page.keyboard.press('Control+z')
    await eventually(async () =>
      expect(await notesIn(bob.page, 1, PAINS)).toEqual(['Slow security review', 'No trial']),
    )

    // Nowhere to go left of the first stage: said so, nothing moves.
    await page.getByTestId('note').filter({ hasText: 'Pricing page unclear' }).focus()
    await page.keyboard.press('Alt+ArrowLeft')
    await eventually(async () => expect(await announced(page)).toBe('The note cannot move that way'))
    expect(await notesIn(page, 0, PAINS)).toEqual(['Pricing page unclear'])
    await ann.context.close()
    await bob.context.close()
  })
})
