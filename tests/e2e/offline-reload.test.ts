import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { localCopyNoteTexts } from '../helpers/localCopy.ts'
import { untilServiceWorkerControls } from '../helpers/restartableServer.ts'

describe('a board opened once works with the server down', () => {
  const app = useAppInBrowser()
  const server = app.server

  it('reloads from the service worker and IndexedDB, takes edits, and saves them when the server is back', async () => {
    const board = await createBoard(server.url, { title: 'Offline workshop' })
    const alice = await openBoardAs(app.browser, server.url + board.links.facilitator, 'Alice')
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Before the outage')
    const status = alice.page.getByTestId('sync-status')
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'), {
      timeout: 10_000,
    })
    // The app shell is precached once the service worker controls the page.
    await untilServiceWorkerControls(alice.page)

    await server.stop()
    await alice.page.reload()
    await alice.page.getByTestId('board-grid').waitFor({ timeout: 15_000 })
    expect(await alice.page.getByTestId('board-title').textContent()).toBe('Offline workshop')
    await eventually(async () => expect(await noteTexts(alice.page)).toEqual(['Before the outage']))
    await addNoteByTyping(alice.page, await cell(alice.page, 1, 2), 'Written while the server was down')
    await eventually(async () => expect(await status.textContent()).toMatch(/not yet saved/))

    await server.start()
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'), {
      timeout: 20_000,
    })
    const bob = await openBoardAs(app.browser, server.url + board.links.editor, 'Bob')
    await eventually(
      async () =>
        expect(await noteTexts(bob.page)).toEqual(['Before the outage', 'Written while the server was down']),
      { timeout: 10_000 },
    )
    await alice.context.close()
    await bob.context.close()
  })

  it('sends offline edits from a local copy it did not know it had (its mark in localStorage lost)', async () => {
    const board = await createBoard(server.url, { title: 'Forgotten copy' })
    const alice = await openBoardAs(app.browser, server.url + board.links.facilitator, 'Alice')
    const status = alice.page.getByTestId('sync-status')
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'))
    const mark = `jm-local-copy-${board.id}`
    expect(await alice.page.evaluate((key) => localStorage.getItem(key), mark)).not.toBeNull()
    await untilServiceWorkerControls(alice.page)

    await server.stop()
    await alice.page.reload()
    await alice.page.getByTestId('board-grid').waitFor({ timeout: 15_000 })
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 1), 'Only in IndexedDB')
    await eventually(async () => expect(await status.textContent()).toMatch(/not yet saved/))
    // IndexedDB stores each keystroke in its own transaction; a reload may abort the last one.
    await eventually(async () =>
      expect(await localCopyNoteTexts(alice.page, board.id)).toEqual(['Only in IndexedDB']),
    )

    // Without its mark the board connects at once, while IndexedDB is still loading.
    await alice.page.evaluate((key) => localStorage.removeItem(key), mark)
    await server.start()
    await alice.page.reload()
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'), {
      timeout: 20_000,
    })
    expect(await alice.page.evaluate((key) => localStorage.getItem(key), mark)).not.toBeNull()
    const bob = await openBoardAs(app.browser, server.url + board.links.editor, 'Bob')
    await eventually(async () => expect(await noteTexts(bob.page)).toEqual(['Only in IndexedDB']), {
      timeout: 10_000,
    })
    await alice.context.close()
    await bob.context.close()
  })
})
