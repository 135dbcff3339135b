import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

describe('two people on one board in Chromium', () => {
  const app = useAppInBrowser()

  it('edit live, one goes offline, both edit, everything merges and survives a reload', async () => {
    const board = await createBoard(app.server.url, { title: 'Live and offline' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')

    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Webinar invite')
    await eventually(async () => expect(await noteTexts(bob.page)).toEqual(['Webinar invite']), {
      timeout: 10_000,
    })

    await bob.context.setOffline(true)
    await eventually(async () =>
      expect(await bob.page.getByTestId('sync-status').getAttribute('data-state')).toBe('offline'),
    )
    await addNoteByTyping(bob.page, await cell(bob.page, 1, 4), 'Pricing page is confusing')
    await addNoteByTyping(alice.page, await cell(alice.page, 2, 0), 'Case study PDF')
    await eventually(async () =>
      expect(await bob.page.getByTestId('sync-status').textContent()).toContain('not yet saved'),
    )
    expect(await noteTexts(alice.page)).not.toContain('Pricing page is confusing')

    await bob.context.setOffline(false)
    const all = ['Case study PDF', 'Pricing page is confusing', 'Webinar invite']
    await eventually(
      async () => {
        expect(await noteTexts(alice.page)).toEqual(all)
        expect(await noteTexts(bob.page)).toEqual(all)
      },
      { timeout: 15_000 },
    )
    await eventually(
      async () => expect(await bob.page.getByTestId('sync-status').getAttribute('data-state')).toBe('online'),
      { timeout: 10_000 },
    )

    await bob.page.reload()
    await bob.page.getByTestId('board-grid').waitFor()
    await eventually(async () => expect(await noteTexts(bob.page)).toEqual(all))
    await alice.context.close()
    await bob.context.close()
  })
})
