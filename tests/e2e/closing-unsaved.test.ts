import type { Dialog, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { localCopyNoteTexts } from '../helpers/localCopy.ts'

declare global {
  interface Window {
    releaseLocalStore?: () => void
  }
}

/**
 * Keeps a read-write transaction open on a room's IndexedDB store, as a busy disk would, so that
 * the app's next writes wait behind it; `window.releaseLocalStore()` lets them through.
 */
function holdLocalStore(page: Page, databaseName: string): Promise<void> {
  return page.evaluate(
    (name) =>
      new Promise<void>((held, failed) => {
        const request = indexedDB.open(name)
        request.onerror = () => failed(request.error)
        request.onsuccess = () => {
          const db = request.result
          const store = db.transaction('updates', 'readwrite').objectStore('updates')
          let holding = true
          window.releaseLocalStore = () => {
            holding = false
          }
          // A transaction stays open while each request's callback places the next one.
          const keepBusy = () => {
            if (holding) store.count().onsuccess = keepBusy
            else db.close()
          }
          keepBusy()
          held()
        }
      }),
    databaseName,
  )
}

/** The IndexedDB database a participant's ballot is kept in on this page. */
async function ballotDatabase(page: Page, boardId: string): Promise<string> {
  let name: string | undefined
  await eventually(async () => {
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''))
    name = names.find((candidate) => candidate.startsWith(`jm-room-${boardId}.ballot.`))
    expect(name).toBeDefined()
  })
  return name ?? ''
}

const storedUpdates = (page: Page, databaseName: string) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const count = db.transaction('updates').objectStore('updates').count()
          count.onsuccess = () => {
            db.close()
            resolve(count.result)
          }
        }
      }),
    databaseName,
  )

const PAIN_LANE = 4 // seed 002 lanes: touchpoints, actions, thoughts, feelings, pain points, …

const closing = (page: Page) => new Promise<void>((resolve) => page.once('close', () => resolve()))

/** Closes the page as a person would; the browser's question, if it asked, is answered "stay". */
async function closeAndStayIfAsked(page: Page): Promise<'asked' | 'closed'> {
  const asked = new Promise<Dialog>((resolve) => page.once('dialog', resolve))
  const closedUnasked = closing(page).then(() => null)
  await page.close({ runBeforeUnload: true })
  const dialog = await Promise.race([asked, closedUnasked])
  if (!dialog) return 'closed'
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()
  expect(page.isClosed()).toBe(false)
  return 'asked'
}

describe('closing a board page', () => {
  const app = useAppInBrowser()
  const server = app.server

  it('asks first while a change is neither on the server nor stored on this device', async () => {
    const board = await createBoard(server.url, { title: 'Closing in a hurry' })
    const alice = await openBoardAs(app.browser, server.url + board.links.editor, 'Alice')
    const status = alice.page.getByTestId('sync-status')
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'))

    // Saved on the server: leaving needs no question even while the local copy lags behind.
    await holdLocalStore(alice.page, `jm-board-${board.id}`)
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'On the server')
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'))
    let askedWhenSaved = false
    const answer = (dialog: Dialog) => {
      askedWhenSaved = true
      void dialog.accept()
    }
    alice.page.on('dialog', answer)
    await alice.page.reload()
    await alice.page.getByTestId('board-grid').waitFor()
    alice.page.off('dialog', answer)
    expect(askedWhenSaved).toBe(false)

    // Offline, with the change's IndexedDB write still waiting: the browser asks, and staying keeps it.
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'))
    await alice.context.setOffline(true)
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('offline'))
    await holdLocalStore(alice.page, `jm-board-${board.id}`)
    await addNoteByTyping(alice.page, await cell(alice.page, 1, 0), 'Only in this tab')
    expect(await closeAndStayIfAsked(alice.page)).toBe('asked')

    // Once the write is committed the page closes without asking.
    await alice.page.evaluate(() => window.releaseLocalStore?.())
    await eventually(async () =>
      expect(await localCopyNoteTexts(alice.page, board.id)).toEqual(['On the server', 'Only in this tab']),
    )
    expect(await closeAndStayIfAsked(alice.page)).toBe('closed')
    await alice.context.close()
  })

  it('asks too while a vote cast offline is stored nowhere yet', async () => {
    const board = await createBoard(server.url, { title: 'Voting on a train' })
    const fay = await openBoardAs(app.browser, server.url + board.links.facilitator, 'Fay')
    const ann = await openBoardAs(app.browser, server.url + board.links.editor, 'Ann')
    await addNoteByTyping(fay.page, await cell(fay.page, 0, PAIN_LANE), 'Pricing page unclear')
    await fay.page.getByTestId('facilitate').click()
    await fay.page.getByTestId('start-vote').click()
    await ann.page.getByTestId('vote-chip').waitFor()
    const ballot = await ballotDatabase(ann.page, board.id)

    await ann.context.setOffline(true)
    const status = ann.page.getByTestId('sync-status')
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('offline'))
    const stored = await storedUpdates(ann.page, ballot)
    await holdLocalStore(ann.page, ballot)
    await ann.page
      .getByTestId('note')
      .filter({ hasText: 'Pricing page unclear' })
      .getByTestId('vote-plus')
      .click()
    expect(await closeAndStayIfAsked(ann.page)).toBe('asked')

    // Once the vote is written to the ballot's copy, the page closes without asking.
    await ann.page.evaluate(() => window.releaseLocalStore?.())
    await eventually(async () => expect(await storedUpdates(ann.page, ballot)).toBeGreaterThan(stored))
    expect(await closeAndStayIfAsked(ann.page)).toBe('closed')
    await Promise.all([ann.context.close(), fay.context.close()])
  })
})
