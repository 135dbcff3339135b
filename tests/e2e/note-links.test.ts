import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

/** What a link out of the board must be: the address, a new tab, and no way back to the board. */
async function expectSafeLink(link: Locator, href: string, label: string): Promise<void> {
  expect(await link.getAttribute('href')).toBe(href)
  expect(await link.getAttribute('target')).toBe('_blank')
  expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
  expect(await link.textContent()).toBe(label)
}

describe('links on notes in Chromium', () => {
  const app = useAppInBrowser()

  it('an editor adds links, typed in the text and in the list; a viewer sees them live and opens them apart', async () => {
    const board = await createBoard(app.server.url, { title: 'Evidence' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Alice')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.viewer, 'Bob')
    const evidence = `${app.server.url}/api/health`

    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Recording https://ex.example/rec/1, ok')
    const typed = bob.page.getByTestId('text-link')
    await eventually(async () => expect(await typed.count()).toBe(1))
    await expectSafeLink(typed, 'https://ex.example/rec/1', 'ex.example')
    expect(await bob.page.locator('[data-testid="note"] .note-text').textContent()).toBe(
      'Recording ex.example, ok',
    )

    await alice.page.getByTestId('note').click({ position: { x: 5, y: 5 } })
    const toolbar = alice.page.getByTestId('note-toolbar')
    await toolbar.getByTestId('link-url').fill('javascript:alert(1)')
    await toolbar.getByTestId('add-link').click()
    await toolbar.getByRole('alert').waitFor()
    await toolbar.getByTestId('link-url').fill(evidence)
    await toolbar.getByTestId('link-title').fill('Health <b>check</b>')
    await toolbar.getByTestId('add-link').click()

    const listed = bob.page.getByTestId('note-link')
    await eventually(async () => expect(await listed.count()).toBe(1))
    await expectSafeLink(listed, evidence, 'Health <b>check</b>')
    expect(await bob.page.locator('[data-testid="note"] b').count()).toBe(0)

    // The tab it opens has no handle on the board's window and is not told where it came from.
    const [opened] = await Promise.all([bob.context.waitForEvent('page'), listed.click()])
    await opened.waitForLoadState()
    expect(await opened.evaluate(() => [window.opener === null, document.referrer])).toEqual([true, ''])
    expect(bob.page.url()).toContain(board.id)

    await toolbar.getByTestId('remove-link').click()
    await eventually(async () => expect(await listed.count()).toBe(0))
    await alice.context.close()
    await bob.context.close()
  })
})
