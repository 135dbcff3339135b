import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { drawRectangle, openCanvas, shapeCount } from '../helpers/canvasPage.ts'
import { eventually } from '../helpers/eventually.ts'

const canvasStatus = (page: Page) => page.getByTestId('canvas-panel').getByTestId('sync-status')

describe('drawing on the canvas offline', () => {
  const app = useAppInBrowser()

  it('keeps what was drawn offline, merges it with what others drew meanwhile, and keeps a drawing made before the tab closed', async () => {
    const board = await createBoard(app.server.url, { title: 'Canvas offline' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    await Promise.all([openCanvas(alice.page), openCanvas(bob.page)])
    await drawRectangle(alice.page, { x: 60, y: 160 }, { x: 160, y: 240 })
    await eventually(async () => expect(await shapeCount(bob.page, 'geo')).toBe(1), { timeout: 10_000 })

    await bob.context.setOffline(true)
    await eventually(async () =>
      expect(await canvasStatus(bob.page).getAttribute('data-state')).toBe('offline'),
    )
    await drawRectangle(bob.page, { x: 220, y: 160 }, { x: 320, y: 240 })
    await drawRectangle(alice.page, { x: 60, y: 300 }, { x: 160, y: 380 })
    await eventually(async () =>
      expect(await canvasStatus(bob.page).textContent()).toContain('not yet saved'),
    )
    expect(await shapeCount(bob.page, 'geo')).toBe(2)
    expect(await shapeCount(alice.page, 'geo')).toBe(2)

    await bob.context.setOffline(false)
    await eventually(
      async () => {
        expect(await shapeCount(alice.page, 'geo')).toBe(3)
        expect(await shapeCount(bob.page, 'geo')).toBe(3)
      },
      { timeout: 15_000 },
    )
    await eventually(
      async () => expect(await canvasStatus(bob.page).getAttribute('data-state')).toBe('online'),
      {
        timeout: 10_000,
      },
    )

    // Drawn offline, then the tab is closed before the network returns: the drawing waits in
    // IndexedDB and reaches everyone when Bob opens the board again.
    await bob.context.setOffline(true)
    await eventually(async () =>
      expect(await canvasStatus(bob.page).getAttribute('data-state')).toBe('offline'),
    )
    await drawRectangle(bob.page, { x: 220, y: 300 }, { x: 320, y: 380 })
    await eventually(async () =>
      expect(await canvasStatus(bob.page).textContent()).toContain('not yet saved'),
    )
    await bob.page.close()
    await bob.context.setOffline(false)
    expect(await shapeCount(alice.page, 'geo')).toBe(3)
    const again = await bob.context.newPage()
    await again.goto(app.server.url + board.links.editor)
    await again.getByTestId('board-grid').waitFor()
    await openCanvas(again)
    await eventually(
      async () => {
        expect(await shapeCount(again, 'geo')).toBe(4)
        expect(await shapeCount(alice.page, 'geo')).toBe(4)
      },
      { timeout: 15_000 },
    )
    await alice.context.close()
    await bob.context.close()
  })
})
