import { readBoard } from '@jm/shared'
import type { CDPSession, Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { cell, openBoardAs, PHONE } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { fillSampleBoard, SAMPLE_NOTES, untilServerHasNotes } from '../helpers/sampleBoard.ts'
import { screenshotPath } from '../helpers/screenshots.ts'
import { connectClient } from '../helpers/yclient.ts'

type Point = { x: number; y: number }

const touch = (cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) =>
  cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((point, id) => ({ ...point, id })),
  })

async function centreOf(locator: Locator): Promise<Point> {
  await locator.scrollIntoViewIfNeeded()
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

describe('a board on a touch screen (390 x 844)', () => {
  const app = useAppInBrowser()

  it('zooms with two fingers, and a long press picks a note up for the next tap to place', async () => {
    const board = await createBoard(app.server.url, { title: 'Field sales journey' })
    const writer = connectClient(app.server.wsUrl, board.id, board.tokens.editor)
    await writer.synced
    fillSampleBoard(writer.doc)
    await untilServerHasNotes(app.server, board.id, SAMPLE_NOTES.length)
    const { page, context } = await openBoardAs(
      app.browser,
      app.server.url + board.links.editor,
      'Rep',
      'en-US',
      {
        device: PHONE,
      },
    )
    const cdp = await context.newCDPSession(page)
    const zoom = page.getByTestId('zoom-level')
    expect(await zoom.textContent()).toBe('100%')

    // Fingers 100 px apart move to 200 px apart: twice the zoom, around the point between them.
    const scroller = await page.getByTestId('board-scroll').boundingBox()
    if (!scroller) throw new Error('no board')
    const mid = { x: scroller.x + scroller.width / 2, y: scroller.y + scroller.height / 2 }
    await touch(cdp, 'touchStart', [
      { x: mid.x - 50, y: mid.y },
      { x: mid.x + 50, y: mid.y },
    ])
    for (const spread of [65, 80, 100]) {
      await touch(cdp, 'touchMove', [
        { x: mid.x - spread, y: mid.y },
        { x: mid.x + spread, y: mid.y },
      ])
    }
    await touch(cdp, 'touchEnd', [])
    await eventually(async () => expect(await zoom.textContent()).toBe('200%'))
    await zoom.click()
    await eventually(async () => expect(await zoom.textContent()).toBe('100%'))

    // A long press on the pain point picks it up; a tap on another stage's cell puts it there.
    const pain = page.getByTestId('note').filter({ hasText: 'Pricing page unclear' })
    const pressAt = await centreOf(pain)
    await touch(cdp, 'touchStart', [pressAt])
    await page.getByTestId('carry-banner').waitFor()
    await touch(cdp, 'touchEnd', [])
    expect(await pain.getAttribute('data-selected')).toBe('')
    expect(await page.getByTestId('carry-banner').count()).toBe(1)
    await page.screenshot({ path: screenshotPath('phone-carry-en.png') })
    const painLane = readBoard(writer.doc).lanes.findIndex((lane) => lane.kind === 'painPoints')
    const target = await cell(page, 3, painLane)
    const tapAt = await centreOf(target)
    await page.touchscreen.tap(tapAt.x, tapAt.y)
    await page.getByTestId('carry-banner').waitFor({ state: 'detached' })
    const stage3 = readBoard(writer.doc).stages[3]?.id
    await eventually(() =>
      expect(readBoard(writer.doc).notes.find((note) => note.text.startsWith('Pricing page'))?.stageId).toBe(
        stage3,
      ),
    )
    expect(await target.textContent()).toContain('Pricing page unclear')
    writer.destroy()
    await context.close()
  })
})
