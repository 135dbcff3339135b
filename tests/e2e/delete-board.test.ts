import type { Page } from 'playwright-core'
import { describe, expect, it, vi } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'

const localDatabases = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))
const localCopyMark = (page: Page, boardId: string) =>
  page.evaluate((id) => localStorage.getItem(`jm-local-copy-${id}`), boardId)

describe('a facilitator deletes a board from the app', () => {
  const app = useAppInBrowser()

  it('asks first, then removes it for everyone and forgets it on this device', async () => {
    const board = await createBoard(app.server.url, { title: 'Retired map' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    const eve = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Eve')
    expect(await eve.page.getByTestId('delete-board').count()).toBe(0)
    await addNoteByTyping(fay.page, await cell(fay.page, 0, 0), 'Old insight')
    await vi.waitFor(async () => expect(await noteTexts(eve.page)).toEqual(['Old insight']))
    expect(await localDatabases(fay.page)).toContain(`jm-board-${board.id}`)
    expect(await localCopyMark(fay.page, board.id)).not.toBeNull()

    // Cancelling changes nothing.
    await fay.page.getByTestId('delete-board').click()
    const dialog = fay.page.getByTestId('delete-board-dialog')
    expect(await dialog.isVisible()).toBe(true)
    expect(await dialog.textContent()).toContain('Retired map')
    await fay.page.getByTestId('delete-board-cancel').click()
    expect(await dialog.isVisible()).toBe(false)
    expect(app.server.built.rooms.get(board.id)).toBeDefined()

    await fay.page.getByTestId('delete-board').click()
    await fay.page.getByTestId('delete-board-confirm').click()
    await fay.page.waitForURL(`${app.server.url}/`)
    await fay.page.getByTestId('create-form').waitFor()
    expect(await fay.page.locator('.recent').textContent()).not.toContain('Retired map')
    expect(await localDatabases(fay.page)).not.toContain(`jm-board-${board.id}`)
    expect(await localCopyMark(fay.page, board.id)).toBeNull()

    // Everyone else is disconnected for good, and the links are dead.
    await vi.waitFor(async () =>
      expect(await eve.page.getByTestId('sync-status').getAttribute('data-state')).not.toBe('online'),
    )
    const join = await fetch(`${app.server.url}/api/boards/${board.id}/join`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.editor}` },
      body: '{"name": "Late"}',
    })
    expect(join.status).toBe(401)
    await fay.context.close()
    await eve.context.close()
  })
})
