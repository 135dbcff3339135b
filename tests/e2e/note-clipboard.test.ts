import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { cell, notesInCell, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { fillSampleBoard, SAMPLE_NOTES, untilServerHasNotes } from '../helpers/sampleBoard.ts'
import { connectClient } from '../helpers/yclient.ts'

/** Pastes as a spreadsheet would: a paste event whose clipboard holds tab-separated rows. */
const pasteText = (page: Page, text: string) =>
  page.evaluate((data) => {
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', data)
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    )
  }, text)

describe('copying and pasting notes', () => {
  const app = useAppInBrowser()

  it('copies, cuts and duplicates notes with their colour and tags, across boards, and pastes a spreadsheet table', async () => {
    const source = await createBoard(app.server.url, { title: 'Source journey' })
    const writer = connectClient(app.server.wsUrl, source.id, source.tokens.editor)
    await writer.synced
    fillSampleBoard(writer.doc)
    await untilServerHasNotes(app.server, source.id, SAMPLE_NOTES.length)
    writer.destroy()
    const target = await createBoard(app.server.url, { title: 'Target journey' })
    const ann = await openBoardAs(app.browser, app.server.url + source.links.editor, 'Ann')
    const { page } = ann

    // Copy a pink, tagged pain point (stage 2, lane 4) into an empty cell of the same board.
    await page.getByTestId('note').filter({ hasText: '报价流程太慢' }).click()
    await page.keyboard.press('Control+c')
    await (await cell(page, 0, 4)).click({ position: { x: 10, y: 40 } })
    await page.keyboard.press('Control+v')
    await eventually(async () => expect(await notesInCell(page, 0, 4)).toEqual(['报价流程太慢，\n需要三周']))
    const copy = (await cell(page, 0, 4)).getByTestId('note')
    expect(await copy.getAttribute('class')).toContain('note-pink')
    expect(await copy.textContent()).toContain('#报价')

    // Duplicate in place, then cut the duplicate: one undo brings it back.
    await copy.click()
    await page.keyboard.press('Control+d')
    await eventually(async () => expect(await notesInCell(page, 0, 4)).toHaveLength(2))
    await page.keyboard.press('Control+x')
    await eventually(async () => expect(await notesInCell(page, 0, 4)).toHaveLength(1))
    await page.keyboard.press('Control+z')
    await eventually(async () => expect(await notesInCell(page, 0, 4)).toHaveLength(2))

    // A table from a spreadsheet: one note per cell, row by row, after the focused note.
    await (await cell(page, 2, 1)).click({ position: { x: 10, y: 40 } })
    await pasteText(page, '报价慢\t定价不清\r\nSSO fails\t\r\n')
    await eventually(async () =>
      expect(await notesInCell(page, 2, 1)).toEqual(['报价慢', '定价不清', 'SSO fails']),
    )

    // Into another board, in another tab of the same browser.
    await page.getByTestId('note').filter({ hasText: 'LinkedIn ads' }).click()
    await page.keyboard.press('Control+c')
    const other = await ann.context.newPage()
    await other.goto(app.server.url + target.links.editor)
    await other.getByTestId('join-name').fill('Ann')
    await other.getByTestId('join-submit').click()
    await other.getByTestId('board-grid').waitFor()
    await (await cell(other, 1, 0)).click({ position: { x: 10, y: 40 } })
    await other.keyboard.press('Control+v')
    await eventually(async () => expect(await notesInCell(other, 1, 0)).toEqual(['LinkedIn ads']))
    expect(await (await cell(other, 1, 0)).getByTestId('note').getAttribute('class')).toContain('note-blue')
    await ann.context.close()
  })
})
