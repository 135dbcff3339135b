import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import type { TestServer } from '../helpers/inProcessServer.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

/** The client's interval between cursor updates once a session is large (presenceState.ts). */
const LARGE_SESSION_INTERVAL_MS = 250

/** Where this page's board is scrolled to and how far it is zoomed, in board pixels. */
const viewOf = (page: Page) =>
  page.getByTestId('board-scroll').evaluate((scroller) => {
    const scale = Number.parseInt(document.querySelector('[data-testid="zoom-level"]')?.textContent ?? '', 10)
    return {
      x: Math.round((scroller.scrollLeft * 100) / scale),
      y: Math.round((scroller.scrollTop * 100) / scale),
      scale,
    }
  })

/** A lightweight participant: a stock y-websocket client publishing presence with a cursor. */
async function joinLightweight(
  server: Pick<TestServer, 'wsUrl'>,
  board: string,
  token: string,
  index: number,
) {
  const client = connectClient(server.wsUrl, board, token)
  await client.synced
  client.provider.awareness.setLocalState({
    user: { name: `Guest ${index}`, color: '#0d9488', role: 'editor' },
    cursor: { x: 200 + index * 10, y: 420 },
    editing: null,
    view: null,
  })
  return client
}

/** Counts how often `name`'s published cursor position changes, as another participant receives it. */
function watchCursor(observer: YClient, name: string) {
  let last = 'null'
  let changes = 0
  const onChange = () => {
    for (const state of observer.provider.awareness.getStates().values()) {
      if (state?.user?.name !== name) continue
      const cursor = JSON.stringify(state.cursor ?? null)
      if (cursor !== last) changes++
      last = cursor
    }
  }
  observer.provider.awareness.on('change', onChange)
  return {
    changes: () => changes,
    last: () => JSON.parse(last) as { x: number; y: number } | null,
    reset: () => {
      changes = 0
    },
    stop: () => observer.provider.awareness.off('change', onChange),
  }
}

/** Moves the pointer back and forth over the board for `ms` and returns how long it really took. */
async function wiggle(page: Page, ms: number): Promise<number> {
  const start = Date.now()
  let step = 0
  while (Date.now() - start < ms) {
    step++
    await page.mouse.move(300 + (step % 40) * 10, 500 + (step % 2) * 20)
  }
  return Date.now() - start
}

describe('presence in Chromium', () => {
  const app = useAppInBrowser()

  it("follows a person's view: pan and zoom follow theirs until one scrolls by hand", async () => {
    const board = await createBoard(app.server.url, { title: 'Follow me' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    const aliceAvatar = bob.page.locator('[data-testid="avatar"][title*="Alice"]')
    await aliceAvatar.click()
    expect(await bob.page.getByTestId('follow-banner').textContent()).toContain('Following Alice')

    // Alice zooms in twice and scrolls down and right; Bob's board shows what hers shows.
    await alice.page.getByLabel('Zoom in').click()
    await alice.page.getByLabel('Zoom in').click()
    await alice.page.mouse.move(700, 500)
    await alice.page.mouse.wheel(240, 320)
    await eventually(async () => expect((await viewOf(alice.page)).y).toBeGreaterThan(0))
    const aliceView = await viewOf(alice.page)
    expect(aliceView.scale).toBe(144)
    await eventually(async () => {
      const bobView = await viewOf(bob.page)
      expect(bobView.scale).toBe(144)
      expect(Math.abs(bobView.x - aliceView.x)).toBeLessThanOrEqual(2)
      expect(Math.abs(bobView.y - aliceView.y)).toBeLessThanOrEqual(2)
    })
    expect(await aliceAvatar.getAttribute('class')).toContain('followed')

    // Bob scrolls by hand: he stops following, and Alice's next zoom no longer moves his board.
    await bob.page.mouse.move(700, 500)
    await bob.page.mouse.wheel(0, -100)
    await eventually(async () => expect(await bob.page.getByTestId('follow-banner').count()).toBe(0))
    await alice.page.getByTestId('zoom-level').click()
    await eventually(async () => expect((await viewOf(alice.page)).scale).toBe(100))
    // Alice's new view has gone out (a third participant sees it), yet Bob's board keeps his own.
    const watcher = connectClient(app.server.wsUrl, board.id, board.tokens.viewer)
    await watcher.synced
    await eventually(() => {
      const views = [...watcher.provider.awareness.getStates().values()].map((s) => s?.view?.scale)
      expect(views).toContain(1)
    })
    expect((await viewOf(bob.page)).scale).toBe(144)
    watcher.destroy()
    await alice.context.close()
    await bob.context.close()
  })

  it('thins out presence past 25 people: cursors hidden by default and sent less often', async () => {
    // Each stock provider in Node listens for the process's exit; 26 of them are expected here.
    process.setMaxListeners(process.getMaxListeners() + 26)
    const board = await createBoard(app.server.url, { title: 'Town hall' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    const guests: YClient[] = [await joinLightweight(app.server, board.id, board.tokens.editor, 1)]
    const aliceCursor = watchCursor(guests[0] as YClient, 'Alice')

    // A small session: the guest's cursor shows, and Alice's moves go out often.
    await eventually(async () => expect(await alice.page.getByTestId('remote-cursor').count()).toBe(1))
    expect(await alice.page.getByTestId('cursor-toggle').getAttribute('aria-pressed')).toBe('true')
    const smallMs = await wiggle(alice.page, 1500)
    await eventually(() => expect(aliceCursor.last()).not.toBeNull())
    const smallChanges = aliceCursor.changes()
    expect(smallChanges).toBeGreaterThan(smallMs / LARGE_SESSION_INTERVAL_MS + 2)

    // 26 guests and Alice: 27 people.
    for (let index = 2; index <= 26; index++)
      guests.push(await joinLightweight(app.server, board.id, board.tokens.editor, index))
    await eventually(async () => expect(await alice.page.locator('.avatar.more').textContent()).toBe('+21'))
    expect(await alice.page.getByTestId('cursor-toggle').getAttribute('aria-pressed')).toBe('false')
    expect(await alice.page.getByTestId('remote-cursor').count()).toBe(0)

    // Alice's cursor now goes out at most once per interval, always ending where she stopped.
    await alice.page.mouse.move(100, 700)
    await eventually(() => expect(aliceCursor.last()?.y).toBeGreaterThan(550))
    aliceCursor.reset()
    const largeMs = await wiggle(alice.page, 1500)
    await eventually(() => expect(aliceCursor.last()?.y).toBeLessThan(550))
    expect(aliceCursor.changes()).toBeLessThanOrEqual(largeMs / LARGE_SESSION_INTERVAL_MS + 2)
    expect(aliceCursor.changes()).toBeLessThan(smallChanges)

    // Cursors stay available: Alice turns them on and sees every guest's.
    await alice.page.getByTestId('cursor-toggle').click()
    await eventually(async () => expect(await alice.page.getByTestId('remote-cursor').count()).toBe(26))
    aliceCursor.stop()
    for (const guest of guests) guest.destroy()
    await alice.context.close()
  })
})
