import { LocalOrigin, readBoard, setStageFields } from '@jm/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { screenshotPath } from '../helpers/screenshots.ts'
import { connectClient } from '../helpers/yclient.ts'

const origin = new LocalOrigin('e2e-seed')
const PAIN_POINTS = 4
const PAIN = '报价流程太慢，需要三周 Quote takes 3 weeks'

const noteBadge = (page: Page) =>
  page
    .locator('[data-testid="note"]', { hasText: PAIN })
    .evaluate((el) => getComputedStyle(el, '::before').content)

const openPanel = async (page: Page) => {
  await page.getByTestId('actions-toggle').click()
  await page.getByTestId('actions-panel').waitFor()
}

describe('actions: from a pain point to an owned, dated action everyone sees', () => {
  const app = useAppInBrowser()

  it('a facilitator creates an action from a pain point and sets it up; an editor and a viewer see it live', async () => {
    const board = await createBoard(app.server.url, { title: 'Actions' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    await openPanel(bob.page)

    await addNoteByTyping(alice.page, await cell(alice.page, 1, PAIN_POINTS), PAIN)
    await alice.page.locator('[data-testid="note"]', { hasText: PAIN }).click()
    await alice.page.getByTestId('create-action').click()
    const row = alice.page.getByTestId('action-row')
    await row.waitFor()
    // The new action opens with its title (the note's text) ready to be rewritten.
    await eventually(async () =>
      expect(await alice.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'action-title',
      ),
    )
    await alice.page.keyboard.type('Self-service quote tool')
    await alice.page.keyboard.press('Tab')
    await row.getByTestId('action-owner').fill('销售运营部 Sales ops')
    await row.getByTestId('action-owner').press('Tab')
    await row.getByTestId('action-due').fill('2020-01-15')
    await row.getByTestId('action-status').selectOption('doing')
    await row.getByTestId('action-impact').selectOption('5')
    await row.getByTestId('action-effort').selectOption('2')

    // Bob, whose panel was open all along, sees it as it is made: overdue, on the pain point.
    const bobRow = bob.page.getByTestId('action-row')
    await eventually(async () => {
      expect(await bobRow.getByTestId('action-title').inputValue()).toBe('Self-service quote tool')
      expect(await bobRow.getByTestId('action-owner').inputValue()).toBe('销售运营部 Sales ops')
      expect(await bobRow.getByTestId('action-due').inputValue()).toBe('2020-01-15')
      expect(await bobRow.getByTestId('action-status').inputValue()).toBe('doing')
      expect(await bobRow.getByTestId('action-impact').inputValue()).toBe('5')
    })
    await bobRow.getByTestId('action-overdue').waitFor()
    expect(await bob.page.getByTestId('actions-open-count').textContent()).toBe('1')
    await eventually(async () => expect(await noteBadge(bob.page)).toBe('"⚑ 1"'))
    // The action names its note; a click selects it on the board.
    await bobRow.getByTestId('action-note').click()
    await eventually(async () =>
      expect(await bob.page.locator('[data-testid="note"][data-selected]', { hasText: PAIN }).count()).toBe(
        1,
      ),
    )
    // The picture shows the fields at rest, not the last one edited.
    await alice.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await alice.page.screenshot({ path: screenshotPath('actions-en.png') })

    // A viewer reading in Simplified Chinese: the same action, read-only.
    const carol = await openBoardAs(app.browser, app.server.url + board.links.viewer, 'Carol', 'zh-CN')
    await openPanel(carol.page)
    const carolRow = carol.page.getByTestId('action-row')
    await eventually(async () =>
      expect(await carolRow.getByTestId('action-owner').inputValue()).toBe('销售运营部 Sales ops'),
    )
    expect(await carolRow.getByTestId('action-owner').getAttribute('readonly')).not.toBeNull()
    expect(await carolRow.getByTestId('action-status').isDisabled()).toBe(true)
    expect(await carol.page.getByTestId('action-new-title').count()).toBe(0)
    expect(await carolRow.getByTestId('action-overdue').textContent()).toBe('已逾期')
    await carol.page.screenshot({ path: screenshotPath('actions-zh-CN.png') })

    for (const person of [alice, bob, carol]) await person.context.close()
  })

  it('a facilitator turns the top pain points of a revealed vote into actions, once each', async () => {
    const board = await createBoard(app.server.url, { title: 'Vote to actions' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    const pains = ['Trial setup takes days', 'Pricing page unclear', 'No onboarding checklist']
    for (const [stage, text] of pains.entries())
      await addNoteByTyping(fay.page, await cell(fay.page, stage, PAIN_POINTS), text)
    await fay.page.getByTestId('facilitate').click()
    await fay.page.getByTestId('start-vote').click()
    const dot = (text: string) =>
      fay.page.getByTestId('note').filter({ hasText: text }).getByTestId('vote-plus').click()
    await dot('Pricing page unclear')
    await dot('Pricing page unclear')
    await dot('Trial setup takes days')
    await fay.page.getByTestId('end-vote').click()
    await fay.page.getByTestId('reveal-vote').click()
    await eventually(async () => expect(await fay.page.getByTestId('result-row').count()).toBe(2))

    await fay.page.locator('.results-card input').fill('2')
    await fay.page.getByTestId('actions-from-top').click()
    const titles = () =>
      fay.page
        .getByTestId('action-title')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    await eventually(async () =>
      expect(await titles()).toEqual(['Pricing page unclear', 'Trial setup takes days']),
    )
    // Again, from under the panel that opened over the results: the notes already have their actions.
    await fay.page.getByTestId('actions-toggle').click()
    await fay.page.getByTestId('actions-from-top').click()
    await fay.page.getByTestId('actions-panel').waitFor()
    expect(await titles()).toEqual(['Pricing page unclear', 'Trial setup takes days'])
    await fay.context.close()
  })

  it('checks the responsibility matrix: stages without owner, handovers, owners without open actions', async () => {
    const board = await createBoard(app.server.url, { title: 'Responsibilities' })
    const writer = connectClient(
      `${app.server.url.replace('http', 'ws')}/sync`,
      board.id,
      board.tokens.editor,
    )
    await writer.synced
    const stages = readBoard(writer.doc).stages
    const owners: Array<[string, string]> = [
      ['Marketing', ''],
      ['Marketing', 'MQL within 24 h'],
      ['', ''],
      ['Sales', ''],
      ['Service', ''],
    ]
    for (const [index, [ownerDepartment, handoff]] of owners.entries())
      setStageFields(writer.doc, { stageId: stages[index]?.id ?? '', ownerDepartment, handoff }, origin)
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    await openPanel(bob.page)
    const check = bob.page.getByTestId('responsibility-check')
    const gaps = () =>
      check.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-gap')))
    await eventually(async () =>
      expect(await gaps()).toEqual([
        'handoff-without-receiver',
        'stage-without-owner',
        'handoff-undescribed',
        'owner-without-actions',
        'owner-without-actions',
        'owner-without-actions',
      ]),
    )
    expect(await check.locator('summary').textContent()).toBe('Responsibility check: 6 to settle')
    expect(await check.textContent()).toContain('Sales owns stages but has no open action.')

    // An open action owned by Sales settles Sales's line.
    await bob.page.getByTestId('action-new-title').fill('Quote within a day')
    await bob.page.getByTestId('action-add').click()
    const owner = bob.page.getByTestId('action-row').getByTestId('action-owner')
    await owner.fill('sales')
    await owner.press('Tab')
    await eventually(async () => expect(await gaps()).toHaveLength(5))
    expect(await check.textContent()).not.toContain('Sales owns stages')
    await bob.page.screenshot({ path: screenshotPath('responsibility-check-en.png') })
    writer.destroy()
    await bob.context.close()
  })

  it('runs the impact/effort matrix live: drag or arrow keys move an action, the list follows', async () => {
    const board = await createBoard(app.server.url, { title: 'Matrix' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice', 'zh-CN')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    await openPanel(alice.page)
    await openPanel(bob.page)
    for (const title of ['Rewrite the pricing page', 'Quote tool']) {
      await alice.page.getByTestId('action-new-title').fill(title)
      await alice.page.getByTestId('action-add').click()
    }
    const bobTitles = () =>
      bob.page
        .getByTestId('action-title')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    await eventually(async () =>
      expect(await bobTitles()).toEqual(['Rewrite the pricing page', 'Quote tool']),
    )

    await alice.page.getByTestId('matrix-open').click()
    const matrix = alice.page.getByTestId('impact-effort-matrix')
    const chip = (title: string) => matrix.getByTestId('matrix-chip').filter({ hasText: title })
    const cellOf = async (title: string) =>
      chip(title).evaluate((el) => {
        const cell = el.closest('td') as HTMLElement
        return `${cell.dataset.impact}/${cell.dataset.effort}`
      })
    expect(await cellOf('Quote tool')).toBe('3/3')
    await chip('Quote tool').dragTo(matrix.locator('td[data-impact="5"][data-effort="1"]'))
    await eventually(async () => expect(await cellOf('Quote tool')).toBe('5/1'))
    // Bob's list puts the quick win first.
    await eventually(async () =>
      expect(await bobTitles()).toEqual(['Quote tool', 'Rewrite the pricing page']),
    )

    await chip('Rewrite the pricing page').focus()
    await alice.page.keyboard.press('ArrowDown')
    await alice.page.keyboard.press('ArrowRight')
    await alice.page.keyboard.press('ArrowRight')
    await eventually(async () => expect(await cellOf('Rewrite the pricing page')).toBe('2/5'))
    expect(await alice.page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Rewrite the pricing page',
    )
    const bobRow = bob.page.getByTestId('action-row').nth(1)
    await eventually(async () => {
      expect(await bobRow.getByTestId('action-title').inputValue()).toBe('Rewrite the pricing page')
      expect(await bobRow.getByTestId('action-impact').inputValue()).toBe('2')
      expect(await bobRow.getByTestId('action-effort').inputValue()).toBe('5')
    })
    await alice.page.screenshot({ path: screenshotPath('impact-effort-matrix-zh-CN.png') })
    await alice.page.keyboard.press('Escape')
    await eventually(async () => expect(await matrix.count()).toBe(0))
    await alice.context.close()
    await bob.context.close()
  })
})
