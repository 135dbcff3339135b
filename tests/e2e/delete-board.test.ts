import { readFileSync } from 'node:fs'
import type { BoardJson } from '@jm/shared/io'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { drawRectangle, openCanvas, shapeCount } from '../helpers/canvasPage.ts'
import { eventually } from '../helpers/eventually.ts'
import { localCopyNoteTexts } from '../helpers/localCopy.ts'
import { screenshotPath } from '../helpers/screenshots.ts'

/** The IndexedDB databases of the board's rooms: content, canvas, ballots, private notes. */
const boardDatabases = (page: Page, boardId: string) =>
  page.evaluate(
    async (id) =>
      (await indexedDB.databases())
        .map((database) => database.name ?? '')
        .filter((name) => name.startsWith(`jm-board-${id}`) || name.startsWith(`jm-room-${id}`))
        .sort(),
    boardId,
  )
/** localStorage entries whose key or value names the board (marks, tokens, the recent list). */
const storedMentions = (page: Page, boardId: string) =>
  page.evaluate(
    (id) => Object.keys(localStorage).filter((key) => `${key}=${localStorage.getItem(key)}`.includes(id)),
    boardId,
  )
const deletedDialog = (page: Page) => page.getByTestId('board-deleted-dialog')

describe('a facilitator deletes a board from the app', () => {
  const app = useAppInBrowser()

  it('asks first, then removes it for everyone and forgets every local copy on this device', async () => {
    const board = await createBoard(app.server.url, { title: 'Retired map' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    const eve = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Eve')
    expect(await eve.page.getByTestId('delete-board').count()).toBe(0)
    await addNoteByTyping(fay.page, await cell(fay.page, 0, 0), 'Old insight')
    await eventually(async () => expect(await noteTexts(eve.page)).toEqual(['Old insight']))
    await openCanvas(fay.page)
    // A ballot kept for someone who used this browser before: found by name, not by who is here now.
    await fay.page.evaluate((id) => {
      indexedDB.open(`jm-room-${id}.ballot.someone-earlier`).onsuccess = (event) =>
        (event.target as IDBOpenDBRequest).result.close()
    }, board.id)
    await eventually(async () => {
      const databases = await boardDatabases(fay.page, board.id)
      expect(databases).toEqual(
        expect.arrayContaining([`jm-board-${board.id}`, `jm-board-${board.id}.canvas`]),
      )
      expect(databases.filter((name) => name.startsWith(`jm-room-${board.id}.ballot.`))).toHaveLength(2)
      expect(await storedMentions(fay.page, board.id)).toContain(`jm-local-copy-${board.id}`)
    })

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
    expect(await fay.page.getByTestId('recent-boards').textContent()).not.toContain('Retired map')
    expect(await boardDatabases(fay.page, board.id)).toEqual([])
    expect(await storedMentions(fay.page, board.id)).toEqual([])

    // Everyone else is told, and the links are dead.
    await deletedDialog(eve.page).waitFor()
    const join = await fetch(`${app.server.url}/api/boards/${board.id}/join`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.editor}` },
      body: '{"name": "Late"}',
    })
    expect(join.status).toBe(410)
    await fay.context.close()
    await eve.context.close()
  })

  it('another device offers to export its copy, offline edits included, and forgets it only when asked', async () => {
    const board = await createBoard(app.server.url, { title: 'Shared map' })
    const eve = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Eve')
    const wu = await openBoardAs(app.browser, app.server.url + board.links.editor, '吴', 'zh-CN')
    await addNoteByTyping(wu.page, await cell(wu.page, 0, 0), '共享的想法')
    await eventually(async () => expect(await noteTexts(eve.page)).toEqual(['共享的想法']))
    await eventually(async () =>
      expect(await storedMentions(wu.page, board.id)).toContain(`jm-local-copy-${board.id}`),
    )
    // Wu leaves the board (it stays in the recent list, its copy on the device).
    await wu.page.goto(`${app.server.url}/`)

    await openCanvas(eve.page)
    await drawRectangle(eve.page, { x: 120, y: 120 }, { x: 260, y: 220 })
    await eventually(async () => expect(await shapeCount(eve.page, 'geo')).toBe(1))
    await eve.page.getByTestId('canvas-toggle').click()
    await eve.context.setOffline(true)
    await eventually(async () =>
      expect(await eve.page.getByTestId('sync-status').getAttribute('data-state')).toBe('offline'),
    )
    await addNoteByTyping(eve.page, await cell(eve.page, 1, 0), 'Offline idea')
    await eventually(async () =>
      expect(await localCopyNoteTexts(eve.page, board.id)).toContain('Offline idea'),
    )

    const deletion = await fetch(`${app.server.url}/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    expect(deletion.status).toBe(204)

    // Back online, Eve learns it from the relay; the board stays readable, not editable.
    await eve.context.setOffline(false)
    await deletedDialog(eve.page).waitFor({ timeout: 15_000 })
    expect(await deletedDialog(eve.page).textContent()).toContain('deleted “Shared map” for everyone')
    expect(await noteTexts(eve.page)).toEqual(['Offline idea', '共享的想法'])
    expect(await eve.page.getByTestId('read-only').isVisible()).toBe(true)
    await eve.page.keyboard.press('Escape')
    expect(await deletedDialog(eve.page).isVisible()).toBe(true)
    await eve.page.screenshot({ path: screenshotPath('board-deleted-en.png') })

    const [download] = await Promise.all([
      eve.page.waitForEvent('download'),
      eve.page.getByTestId('board-deleted-export').click(),
    ])
    expect(download.suggestedFilename()).toBe('Shared map.json')
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as BoardJson
    expect(exported.format).toBe('journey-map-board')
    expect(exported.notes.map((note) => note.text).sort()).toEqual(['Offline idea', '共享的想法'])
    expect(exported.canvas?.records.filter((record) => record.type === 'geo')).toHaveLength(1)
    // Exporting forgets nothing.
    expect(await boardDatabases(eve.page, board.id)).toContain(`jm-board-${board.id}`)

    await eve.page.getByTestId('board-deleted-forget').click()
    await eve.page.waitForURL(`${app.server.url}/`)
    await eve.page.getByTestId('create-form').waitFor()
    expect(await boardDatabases(eve.page, board.id)).toEqual([])
    expect(await storedMentions(eve.page, board.id)).toEqual([])

    // Wu opens it later from the recent list: the copy on the device shows, with the news, in Chinese.
    await wu.page.getByTestId('recent-boards').locator('a', { hasText: 'Shared map' }).click()
    await deletedDialog(wu.page).waitFor({ timeout: 15_000 })
    expect(await deletedDialog(wu.page).textContent()).toContain('此白板已被删除')
    expect(await noteTexts(wu.page)).toEqual(['共享的想法'])
    await wu.page.screenshot({ path: screenshotPath('board-deleted-zh-CN.png') })
    // Until Wu chooses, nothing is forgotten: a reload tells again (here in Traditional Chinese).
    await wu.page.evaluate(() => localStorage.setItem('jm-locale', 'zh-TW'))
    await wu.page.reload()
    await deletedDialog(wu.page).waitFor({ timeout: 15_000 })
    expect(await deletedDialog(wu.page).textContent()).toContain('此白板已被刪除')
    await wu.page.screenshot({ path: screenshotPath('board-deleted-zh-TW.png') })
    await wu.page.getByTestId('board-deleted-forget').click()
    await wu.page.waitForURL(`${app.server.url}/`)
    expect(await wu.page.getByTestId('recent-boards').textContent()).not.toContain('Shared map')
    expect(await boardDatabases(wu.page, board.id)).toEqual([])
    expect(await storedMentions(wu.page, board.id)).toEqual([])
    await eve.context.close()
    await wu.context.close()
  })
})
