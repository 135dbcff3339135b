import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent()

/** Adds a persona through the header's persona panel; it becomes the map's persona. */
async function addPersonaInHeader(page: Page, name: string, role: string, jobTitle: string) {
  await page.getByTestId('audience').click()
  await page.getByTestId('new-persona').click()
  await page.getByTestId('persona-name').fill(name)
  await page.getByTestId('persona-role').selectOption(role)
  await page.getByTestId('persona-job-title').fill(jobTitle)
  await page.getByTestId('add-persona').click()
}

describe('the board header and note personas in Chromium', () => {
  const app = useAppInBrowser()

  it('edits the title, map type, persona and segment in place; a viewer sees them read-only', async () => {
    const board = await createBoard(app.server.url, { title: 'Workshop' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    const vera = await openBoardAs(app.browser, app.server.url + board.links.viewer, 'Vera')

    await alice.page.getByTestId('board-title-text').click()
    await alice.page.getByTestId('board-title-text-input').fill('Enterprise onboarding, Q3')
    await alice.page.getByTestId('board-title-text-input').press('Enter')
    await eventually(async () =>
      expect(await text(vera.page, 'board-title')).toBe('Enterprise onboarding, Q3'),
    )
    // Escape throws away a half-typed title.
    await alice.page.getByTestId('board-title-text').click()
    await alice.page.getByTestId('board-title-text-input').fill('Oops')
    await alice.page.getByTestId('board-title-text-input').press('Escape')
    expect(await text(alice.page, 'board-title')).toBe('Enterprise onboarding, Q3')

    // A new map type keeps the lanes and offers the ones that type usually has.
    const lanesBefore = await vera.page.getByTestId('lane-label').count()
    await alice.page.getByTestId('map-type-select').selectOption('serviceBlueprint')
    await eventually(async () => expect(await text(vera.page, 'map-type')).toBe('Service blueprint'))
    expect(await alice.page.getByTestId('lane-suggestion').locator('li').allTextContents()).toEqual([
      'Physical evidence',
      'Customer actions',
      'Onstage actions',
      'Backstage actions',
      'Support processes',
    ])
    expect(await vera.page.getByTestId('lane-label').count()).toBe(lanesBefore)
    await alice.page.getByTestId('add-suggested-lanes').click()
    await eventually(async () =>
      expect(await vera.page.getByTestId('lane-label').count()).toBe(lanesBefore + 5),
    )
    expect(await vera.page.getByTestId('lane-label').last().textContent()).toContain('Support processes')
    expect(await alice.page.getByTestId('lane-suggestion').count()).toBe(0)

    expect(await text(alice.page, 'audience')).toContain('Persona')
    await addPersonaInHeader(alice.page, '陈总 Chen', 'it', 'CIO')
    await alice.page.getByTestId('segment-input').fill('Mid-size manufacturers, East China')
    await alice.page.getByTestId('segment-input').press('Enter')
    await eventually(async () => {
      expect(await text(vera.page, 'map-persona')).toBe('陈总 Chen')
      expect(await text(vera.page, 'map-segment')).toBe('Mid-size manufacturers, East China')
    })
    const choices = alice.page.getByTestId('persona-choice')
    expect(await choices.textContent()).toBe('陈总 ChenIT · CIO')
    expect(await choices.locator('input').isChecked()).toBe(true)
    // A typo in the persona is corrected in place, for everyone.
    await alice.page.getByTestId('edit-persona').click()
    expect(await alice.page.getByTestId('persona-name').inputValue()).toBe('陈总 Chen')
    await alice.page.getByTestId('persona-name').fill('陈总 Chen Wei')
    await alice.page.getByTestId('persona-role').selectOption('decisionMaker')
    await alice.page.getByTestId('save-persona').click()
    await eventually(async () => expect(await text(vera.page, 'map-persona')).toBe('陈总 Chen Wei'))
    expect(await choices.textContent()).toBe('陈总 Chen WeiDecision maker · CIO')
    // "No persona" takes it off the map again; the persona stays on the board to pick later.
    await alice.page.getByTestId('persona-none').click()
    await eventually(async () => expect(await vera.page.getByTestId('map-persona').count()).toBe(0))
    await choices.click()
    await eventually(async () => expect(await text(vera.page, 'map-persona')).toBe('陈总 Chen Wei'))
    await alice.page.getByTestId('segment-input').press('Escape')
    expect(await alice.page.getByTestId('audience-panel').count()).toBe(0)

    // The viewer has the same header with nothing to edit.
    await vera.page.getByTestId('board-title-text').click()
    await vera.page.getByTestId('board-title-text').press('Enter')
    await vera.page.getByTestId('audience').click()
    expect(await vera.page.getByTestId('board-title-text-input').count()).toBe(0)
    expect(await vera.page.getByTestId('board-title-text').getAttribute('role')).toBeNull()
    expect(await vera.page.getByTestId('map-type-select').count()).toBe(0)
    expect(await vera.page.getByTestId('audience-panel').count()).toBe(0)

    // What Alice set is on the server: a newcomer sees it after loading.
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    await eventually(async () => {
      expect(await text(bob.page, 'board-title')).toBe('Enterprise onboarding, Q3')
      expect(await text(bob.page, 'map-type')).toBe('Service blueprint')
      expect(await text(bob.page, 'map-persona')).toBe('陈总 Chen Wei')
    })
    for (const session of [alice, vera, bob]) await session.context.close()
  })

  it('creates a board on the landing page for a persona and segment, shown in its header', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(app.server.url)
    await page.getByTestId('board-title-input').fill('Renewals')
    expect(await page.getByTestId('new-board-persona-role').isDisabled()).toBe(true)
    await page.getByTestId('new-board-persona').fill('Li Wei')
    await page.getByTestId('new-board-persona-role').selectOption('procurement')
    await page.getByTestId('new-board-segment').fill('Mid-size manufacturers')
    await page.getByTestId('create-board').click()
    await page.getByTestId('join-name').fill('Fay')
    await page.getByTestId('join-submit').click()
    await page.getByTestId('board-grid').waitFor()
    expect(await text(page, 'audience')).toContain('Li Wei')
    expect(await text(page, 'audience')).toContain('Mid-size manufacturers')
    await page.getByTestId('audience').click()
    expect(await page.getByTestId('audience-panel').textContent()).toContain('Procurement')
    await context.close()
  })

  it("gives notes a persona among the map's, shown on the note for everyone", async () => {
    const board = await createBoard(app.server.url, { title: 'Personas' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Needs a quote in a week')
    await alice.page.getByTestId('note').click()
    // No persona on the board yet: the note toolbar offers none.
    await alice.page.getByTestId('note-toolbar').waitFor()
    expect(await alice.page.getByTestId('note-persona-select').count()).toBe(0)

    await addPersonaInHeader(alice.page, 'Procurement lead', 'procurement', 'Buyer')
    await alice.page.getByTestId('new-persona').click()
    await alice.page.getByTestId('persona-name').fill('Head of IT')
    await alice.page.getByTestId('add-persona').click()
    await alice.page.getByTestId('audience-done').click()
    await eventually(async () => expect(await text(alice.page, 'map-persona')).toBe('Head of IT'))

    await alice.page.getByTestId('note').click()
    const select = alice.page.getByTestId('note-persona-select')
    expect(await select.locator('option').allTextContents()).toEqual([
      "Map's persona (Head of IT)",
      'Procurement lead',
      'Head of IT',
    ])
    await select.selectOption({ label: 'Procurement lead' })
    const bobChip = bob.page.getByTestId('note').getByTestId('note-persona')
    await eventually(async () => expect(await bobChip.textContent()).toBe('Procurement lead'))
    expect(await bobChip.getAttribute('title')).toBe('Persona: Procurement lead · Procurement · Buyer')

    // Back to the map's persona: the note no longer names one of its own.
    await select.selectOption({ index: 0 })
    await eventually(async () => expect(await bobChip.count()).toBe(0))

    // Removing a persona (after confirming) takes it off notes and maps that named it.
    await select.selectOption({ label: 'Procurement lead' })
    await eventually(async () => expect(await bobChip.count()).toBe(1))
    await alice.page.getByTestId('audience').click()
    for (const name of ['Procurement lead', 'Head of IT']) {
      await alice.page.locator('.persona-row', { hasText: name }).getByTestId('remove-persona').click()
      await alice.page.getByTestId('confirm-remove-persona').click()
    }
    await eventually(async () => {
      expect(await bobChip.count()).toBe(0)
      expect(await bob.page.getByTestId('map-persona').count()).toBe(0)
    })
    expect(await alice.page.getByTestId('persona-choice').count()).toBe(0)
    expect(await alice.page.getByTestId('persona-none').locator('input').isChecked()).toBe(true)
    await alice.context.close()
    await bob.context.close()
  })

  it("follows the facilitator's skeleton lock: editors' header and stages turn read-only, the facilitator's stay editable", async () => {
    const board = await createBoard(app.server.url, { title: 'Locked workshop' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann')
    expect(await ann.page.getByTestId('board-title-text').getAttribute('role')).toBe('button')
    await fay.page.getByTestId('facilitate').click()
    await fay.page.getByTestId('lock-skeleton').check()
    await eventually(async () => expect(await ann.page.getByTestId('map-type-select').count()).toBe(0))
    expect(await ann.page.getByTestId('board-title-text').getAttribute('role')).toBeNull()
    await ann.page.getByTestId('board-title-text').click()
    expect(await ann.page.getByTestId('board-title-text-input').count()).toBe(0)
    expect(await ann.page.locator('button[data-testid="audience"]').count()).toBe(0)
    // Stages and lanes are part of the skeleton too.
    expect(await ann.page.getByTestId('stage-name').first().getAttribute('role')).toBeNull()
    expect(await ann.page.getByTestId('add-stage').count()).toBe(0)
    expect(await ann.page.getByTestId('add-lane').count()).toBe(0)
    // The facilitator may still rename; Ann sees it.
    await fay.page.getByTestId('board-title-text').click()
    await fay.page.getByTestId('board-title-text-input').fill('Locked workshop, day 2')
    await fay.page.getByTestId('board-title-text-input').press('Enter')
    await eventually(async () => expect(await text(ann.page, 'board-title')).toBe('Locked workshop, day 2'))
    await fay.page.getByTestId('lock-skeleton').uncheck()
    await eventually(async () => expect(await ann.page.getByTestId('map-type-select').count()).toBe(1))
    for (const session of [fay, ann]) await session.context.close()
  })

  it('opens one side panel at a time, and Escape closes it and the export menu', async () => {
    const board = await createBoard(app.server.url, { title: 'Panels' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    const { page } = fay
    const visible = async () =>
      (
        await Promise.all(
          ['stage-panel', 'facilitator-panel', 'followup-panel'].map(async (id) =>
            (await page.getByTestId(id).count()) > 0 ? id : null,
          ),
        )
      ).filter(Boolean)

    await page.getByTestId('stage-details').first().click()
    await eventually(async () => expect(await visible()).toEqual(['stage-panel']))
    await page.getByTestId('facilitate').click()
    await eventually(async () => expect(await visible()).toEqual(['facilitator-panel']))
    await page.getByTestId('followup-toggle').click()
    await eventually(async () => expect(await visible()).toEqual(['followup-panel']))
    await page.getByTestId('followup-toggle').click()
    await eventually(async () => expect(await visible()).toEqual([]))

    await page.getByTestId('stage-details').first().click()
    await page.keyboard.press('Escape')
    await eventually(async () => expect(await visible()).toEqual([]))
    // Typing in a panel's field, Escape belongs to the field.
    await page.getByTestId('facilitate').click()
    await page.getByTestId('facilitator-panel').locator('input').first().focus()
    await page.keyboard.press('Escape')
    await eventually(async () => expect(await visible()).toEqual(['facilitator-panel']))

    await page.getByTestId('export-menu').click()
    await eventually(async () => expect(await page.getByTestId('export-pdf').count()).toBe(1))
    await page.keyboard.press('Escape')
    await eventually(async () => expect(await page.getByTestId('export-pdf').count()).toBe(0))
    // The menu took that Escape: the panel stays until the next one.
    await eventually(async () => expect(await visible()).toEqual(['facilitator-panel']))
    await page.keyboard.press('Escape')
    await eventually(async () => expect(await visible()).toEqual([]))
    await fay.context.close()
  })

  it('names the board and the role on the page a share link opens', async () => {
    const board = await createBoard(app.server.url, { title: '华东区续约旅程', locale: 'zh-CN' })
    const context = await app.browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(app.server.url + board.links.viewer)
    await eventually(async () => expect(await text(page, 'join-board-title')).toBe('华东区续约旅程'))
    expect(await page.locator('.join-panel').textContent()).toContain('查看者')
    await context.close()
  })
})
