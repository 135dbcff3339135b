import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { addNoteByTyping, cell, noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'

const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url))

describe('a board opened once works with the server down', () => {
  let browser: Browser
  let server: TestServer | undefined
  const dataDir = mkdtempSync(join(tmpdir(), 'jm-offline-'))
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('reloads from the service worker and IndexedDB, takes edits, and saves them when the server is back', async () => {
    server = await startInProcessServer({ clientDir: CLIENT_DIST, dataDir })
    const port = Number(new URL(server.url).port)
    const board = await createBoard(server.url, { title: 'Offline workshop' })
    const alice = await openBoardAs(browser, server.url + board.links.facilitator, 'Alice')
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Before the outage')
    const status = alice.page.getByTestId('sync-status')
    await vi.waitFor(async () => expect(await status.getAttribute('data-state')).toBe('online'), {
      timeout: 10_000,
    })
    // The app shell is precached once the service worker controls the page.
    await alice.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 20_000,
    })

    await server.close()
    server = undefined
    await alice.page.reload()
    await alice.page.getByTestId('board-grid').waitFor({ timeout: 15_000 })
    expect(await alice.page.getByTestId('board-title').textContent()).toBe('Offline workshop')
    await vi.waitFor(async () => expect(await noteTexts(alice.page)).toEqual(['Before the outage']))
    await addNoteByTyping(alice.page, await cell(alice.page, 1, 2), 'Written while the server was down')
    await vi.waitFor(async () => expect(await status.textContent()).toMatch(/not yet saved/))

    server = await startInProcessServer({ clientDir: CLIENT_DIST, dataDir, port })
    await vi.waitFor(async () => expect(await status.getAttribute('data-state')).toBe('online'), {
      timeout: 20_000,
    })
    const bob = await openBoardAs(browser, server.url + board.links.editor, 'Bob')
    await vi.waitFor(
      async () =>
        expect(await noteTexts(bob.page)).toEqual(['Before the outage', 'Written while the server was down']),
      { timeout: 10_000 },
    )
    await alice.context.close()
    await bob.context.close()
  })
})
