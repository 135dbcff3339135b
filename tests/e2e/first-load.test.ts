import { addNote, LocalOrigin, readBoard } from '@jm/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { connectClient } from '../helpers/yclient.ts'

const NOTES = 300

/** Sizes of the websocket messages the page receives, recorded from before its scripts run. */
const recordSocketMessages = `{
  window.socketMessages_ = []
  const Native = WebSocket
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args)
      this.addEventListener('message', (event) => window.socketMessages_.push(event.data.byteLength ?? event.data.length))
    }
  }
}`

const largestSocketMessage = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { socketMessages_: number[] }).socketMessages_))
const markTime = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, name)

describe('opening a board this browser has no copy of', () => {
  const app = useAppInBrowser()

  it('loads its state over HTTP, requested before the app has started, and the socket carries only what is newer', async () => {
    const board = await createBoard(app.server.url, { title: 'First load' })
    const writer = connectClient(app.server.wsUrl, board.id, board.tokens.editor)
    await writer.synced
    const { stages, lanes } = readBoard(writer.doc)
    const origin = new LocalOrigin('writer')
    for (let i = 0; i < NOTES; i++) {
      const cell = { stageId: stages[i % stages.length]?.id ?? '', laneId: lanes[i % lanes.length]?.id ?? '' }
      addNote(writer.doc, { ...cell, author: 'w', now: i, text: `Insight ${i} from the interviews` }, origin)
    }
    const fullState = Y.encodeStateAsUpdate(writer.doc).byteLength

    const { context, page } = await openBoardAs(
      app.browser,
      app.server.url + board.links.editor,
      'Ana',
      'en-US',
      {
        initScript: recordSocketMessages,
      },
    )
    const grid = page.getByTestId('board-grid')
    await eventually(async () => expect(Number(await grid.getAttribute('data-note-count'))).toBe(NOTES))
    const status = page.getByTestId('sync-status')
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'))
    expect(await markTime(page, 'jm:state-fetched')).not.toBeNull()
    expect(await largestSocketMessage(page)).toBeLessThan(fullState / 10)

    // Reopened with its participant token saved but no local copy: the request leaves before the
    // board's view has even opened.
    await page.evaluate(async (id) => {
      localStorage.removeItem(`jm-local-copy-${id}`)
      indexedDB.deleteDatabase(`jm-board-${id}`)
    }, board.id)
    await page.reload()
    await eventually(async () => expect(Number(await grid.getAttribute('data-note-count'))).toBe(NOTES))
    const requested = await markTime(page, 'jm:state-requested')
    const opened = await markTime(page, 'jm:board-open')
    expect(requested).not.toBeNull()
    expect(requested).toBeLessThan(opened ?? 0)
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'))
    expect(await largestSocketMessage(page)).toBeLessThan(fullState / 10)

    // Edits made since still arrive live, and a late note reaches the page over the socket.
    addNote(
      writer.doc,
      {
        stageId: stages[0]?.id ?? '',
        laneId: lanes[0]?.id ?? '',
        author: 'w',
        now: 1e6,
        text: 'Late arrival',
      },
      origin,
    )
    await eventually(async () => expect(Number(await grid.getAttribute('data-note-count'))).toBe(NOTES + 1))
    writer.destroy()
    await context.close()
  })
})
