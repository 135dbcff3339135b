import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { enterKpiActuals } from '../helpers/kpiActuals.ts'
import { screenshotPath } from '../helpers/screenshots.ts'
import { connectClient } from '../helpers/yclient.ts'

const openTab = async (page: Page, tab: string) => {
  if ((await page.getByTestId('followup-panel').count()) === 0)
    await page.getByTestId('followup-toggle').click()
  await page.getByTestId(`followup-tab-${tab}`).click()
}
const badgeOf = (page: Page, text: string) =>
  page
    .locator('[data-testid="note"]', { hasText: text })
    .evaluate((el) => getComputedStyle(el, '::after').content)

describe('coming back later: comments, changes since the last visit, versions, measurement', () => {
  const app = useAppInBrowser()

  it('works end to end for a facilitator and an editor', async () => {
    const board = await createBoard(app.server.url, { title: 'Follow-up' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    alice.page.on('dialog', (dialog) => void dialog.accept())
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')

    // Bob's first visit on this device: tracking starts now.
    await openTab(bob.page, 'changes')
    await bob.page.getByText(/first visit/).waitFor()

    await addNoteByTyping(alice.page, await cell(alice.page, 1, 4), 'Security review takes 6 weeks')
    await alice.page.locator('[data-testid="note"]', { hasText: 'Security review' }).click()
    await openTab(alice.page, 'comments')
    await alice.page.getByTestId('comment-new-text').fill('Need evidence from @Bob and sales')
    await alice.page.getByTestId('comment-new-send').click()
    await eventually(async () => expect(await badgeOf(alice.page, 'Security review')).toBe('"1"'))

    // Bob sees the change since his last visit, highlighted, and the open thread; he replies.
    await bob.page.getByTestId('followup-tab-comments').click()
    await bob.page.getByTestId('followup-tab-changes').click()
    await eventually(async () =>
      expect(await bob.page.getByTestId('changes-summary').textContent()).toContain('1 change'),
    )
    await bob.page.getByTestId('changes-mark-seen').click()
    await eventually(async () =>
      expect(await bob.page.getByTestId('changes-summary').textContent()).toContain('Nothing changed'),
    )
    await bob.page.getByTestId('followup-tab-comments').click()
    await bob.page.getByTestId('comments-filter-mine').click()
    await bob.page.getByTestId('comment-thread').waitFor()
    await bob.page.getByTestId('comment-reply-text').fill('Sales has 3 lost deals citing this')
    await bob.page.getByTestId('comment-reply-send').click()
    await eventually(async () => expect(await alice.page.getByTestId('comment').count()).toBe(2))

    // Alice resolves it: the open filter hides it and the badge goes away.
    await alice.page.getByTestId('comment-resolve').click()
    await eventually(async () => expect(await alice.page.getByTestId('comment-thread').count()).toBe(0))
    await eventually(async () => expect(await badgeOf(alice.page, 'Security review')).toBe('none'))

    // A named version, a later change, a comparison and a restore that everyone sees.
    await openTab(alice.page, 'versions')
    await alice.page.getByTestId('version-name').fill('After workshop 1')
    await alice.page.getByTestId('version-save').click()
    await alice.page.getByTestId('version').waitFor()
    await addNoteByTyping(alice.page, await cell(alice.page, 2, 4), 'Onboarding call is late')
    await alice.page.getByTestId('version-compare').click()
    await eventually(async () =>
      expect(await alice.page.getByTestId('version-comparison').textContent()).toContain('1 added'),
    )
    await alice.page.getByTestId('version-restore').click()
    await eventually(async () =>
      expect(await bob.page.locator('[data-testid="note"]', { hasText: 'Onboarding call' }).count()).toBe(0),
    )

    // Measurement: KPI actuals entered elsewhere show as a funnel with the biggest drop-off.
    const writer = connectClient(app.server.wsUrl, board.id, board.tokens.editor)
    await writer.synced
    const stages = enterKpiActuals(writer.doc)
    await openTab(alice.page, 'measure')
    await eventually(async () =>
      expect(await alice.page.getByTestId('funnel-step').count()).toBe(
        stages.filter((s) => s.kpis.length > 0).length,
      ),
    )
    const drop = alice.page.locator('[data-testid="funnel-step"]', {
      has: alice.page.getByTestId('biggest-drop'),
    })
    expect(await drop.textContent()).toContain(stages[3]?.name ?? '?')
    await alice.page.screenshot({ path: screenshotPath('followup-measure-en.png') })
    writer.destroy()

    // Current versus future: start a future state, fix a pain point there, see it resolved.
    await alice.page.getByTestId('start-future').click()
    await alice.page.getByTestId('map-switcher').waitFor()
    await eventually(async () =>
      expect(await alice.page.getByTestId('map-type').textContent()).toBe('Future state'),
    )
    const futureNote = alice.page.locator('[data-testid="note"]', { hasText: 'Security review' })
    await futureNote.click()
    await futureNote.press('Delete')
    await eventually(async () => expect(await futureNote.count()).toBe(0))
    await alice.page.getByTestId('followup-tab-compare').click()
    const resolved = alice.page.locator('.compare-resolved', { hasText: 'Security review takes 6 weeks' })
    await resolved.waitFor()
    await alice.page.getByTestId('map-switcher').selectOption({ index: 0 })
    await eventually(async () =>
      expect(await alice.page.getByTestId('map-type').textContent()).toBe('Current state'),
    )
    expect(await alice.page.locator('[data-testid="note"]', { hasText: 'Security review' }).count()).toBe(1)
    await alice.context.close()
    await bob.context.close()
  })
})
