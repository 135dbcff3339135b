import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { fillSampleBoard, SAMPLE_NOTES, untilServerHasNotes } from '../helpers/sampleBoard.ts'
import { connectClient } from '../helpers/yclient.ts'

describe('export and import from the app', () => {
  const app = useAppInBrowser()

  it('a viewer downloads the CSV and the PDF from the board’s top bar', async () => {
    const board = await createBoard(app.server.url, { title: '续约旅程', locale: 'zh-CN' })
    const writer = connectClient(app.server.wsUrl, board.id, board.tokens.editor)
    await writer.synced
    fillSampleBoard(writer.doc)
    await untilServerHasNotes(app.server, board.id, SAMPLE_NOTES.length)
    writer.destroy()

    const { page, context } = await openBoardAs(
      app.browser,
      app.server.url + board.links.viewer,
      '魏',
      'zh-CN',
    )
    await page.getByTestId('export-menu').click()
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()])
    expect(csv.suggestedFilename()).toBe('续约旅程.csv')
    const text = readFileSync(await csv.path(), 'utf8')
    expect(text).toContain('报价流程太慢，\n需要三周')

    await page.getByTestId('export-menu').click()
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pdf').click()])
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    await context.close()
  })

  it('importing a CSV on the landing page opens the new board; a bad one names its line', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${app.server.url}/`)
    const bad = 'stage,lane,text,emotion\nDiscover,Pain points,Slow quotes,-7\n'
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
    await expect
      .poll(() => page.getByTestId('import-error').textContent())
      .toContain('Line 2: emotion "-7" is not a whole number from -2 to 2')

    const good =
      'stage,lane,text\nDiscover,Touchpoints & channels,Webinar\nDecide,Pain points,Security review\n'
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'Q3 journey.csv', mimeType: 'text/csv', buffer: Buffer.from(good) })
    await page.getByTestId('join-name').fill('Ana')
    await page.getByTestId('join-submit').click()
    await page.getByTestId('board-grid').waitFor()
    expect(await page.getByTestId('board-title').textContent()).toBe('Q3 journey')
    expect(await noteTexts(page)).toEqual(['Security review', 'Webinar'])
    await context.close()
  })
})
