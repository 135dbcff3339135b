import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { screenshotPath } from '../helpers/screenshots.ts'

const PAIN_LANE = 4 // seed 002 lanes: touchpoints, actions, thoughts, feelings, pain points, opportunities, …
const OPPORTUNITY_LANE = 5

const noteIn = (page: Page, text: string) => page.getByTestId('note').filter({ hasText: text })

describe('a dot-voting round in Chromium', () => {
  const app = useAppInBrowser()

  it('facilitator runs a hidden vote, reveals it, everyone sees the dots, and the top pain is promoted', async () => {
    const board = await createBoard(app.server.url, { title: 'Onboarding workshop' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann')
    const bo = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bo')
    const pains = ['Trial setup takes days', 'Pricing page unclear', 'No onboarding checklist']
    for (const [stage, text] of pains.entries()) {
      await addNoteByTyping(fay.page, await cell(fay.page, stage, PAIN_LANE), text)
    }
    await addNoteByTyping(fay.page, await cell(fay.page, 0, 0), 'Webinar invite')
    for (const { page } of [ann, bo]) {
      await eventually(async () => expect(await page.getByTestId('note').count()).toBe(4), {
        timeout: 10_000,
      })
    }

    await fay.page.getByTestId('facilitate').click()
    await fay.page.getByTestId('round-budget').fill('3')
    await fay.page.getByTestId('round-cap').fill('2')
    await fay.page.getByTestId('start-vote').click()
    await ann.page.getByTestId('vote-chip').waitFor()
    expect(await ann.page.getByTestId('vote-chip').textContent()).toContain('3 of 3 dots left')
    // Only pain points can take dots.
    expect(await noteIn(ann.page, 'Webinar invite').getByTestId('vote-plus').count()).toBe(0)

    const dot = async (page: Page, text: string, times = 1) => {
      for (let i = 0; i < times; i++) await noteIn(page, text).getByTestId('vote-plus').click()
    }
    await dot(ann.page, 'Pricing page unclear', 2)
    await dot(ann.page, 'Trial setup takes days')
    await dot(ann.page, 'No onboarding checklist') // over budget: refused in the client
    await ann.page.getByTestId('facilitation-message').waitFor()
    await dot(bo.page, 'Pricing page unclear')
    await dot(bo.page, 'No onboarding checklist')
    expect(await ann.page.getByTestId('vote-chip').textContent()).toContain('0 of 3 dots left')
    await eventually(async () =>
      expect(await fay.page.getByTestId('round-status').textContent()).toContain('2 voted · 5 dots'),
    )
    // Hidden until the reveal: nobody sees totals yet.
    expect(await bo.page.getByTestId('vote-count').count()).toBe(0)

    await fay.page.getByTestId('end-vote').click()
    await fay.page.getByTestId('reveal-vote').click()
    for (const { page } of [fay, ann, bo]) {
      await eventually(
        async () =>
          expect(
            await noteIn(page, 'Pricing page unclear').getByTestId('vote-count').textContent(),
          ).toContain('3'),
        { timeout: 10_000 },
      )
    }
    const rows = await ann.page.getByTestId('result-row').allTextContents()
    expect(rows[0]).toContain('Pricing page unclear')
    expect(rows).toHaveLength(3)
    await ann.page.screenshot({ path: screenshotPath('facilitation-reveal.png') })

    await fay.page.locator('.results-card input').fill('1')
    await fay.page.getByTestId('promote').click()
    const opportunities = await cell(bo.page, 1, OPPORTUNITY_LANE)
    await eventually(
      async () => expect(await opportunities.textContent()).toContain('Pricing page unclear'),
      {
        timeout: 10_000,
      },
    )
    for (const session of [fay, ann, bo]) await session.context.close()
  })

  it('the timer, a summon and a closed lane reach participants', async () => {
    const board = await createBoard(app.server.url, { title: 'Session controls' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann')
    await fay.page.getByTestId('facilitate').click()

    await fay.page.getByTestId('timer-start').click()
    const timer = ann.page.getByTestId('timer')
    await eventually(async () => expect(await timer.textContent()).toMatch(/^[45]:\d\d/), { timeout: 10_000 })
    await fay.page.getByTestId('timer-pause').click()
    await eventually(async () => expect(await timer.getAttribute('class')).toContain('paused'))

    await fay.page.getByTestId('summon-stage').selectOption({ label: 'Expand' })
    await fay.page.getByTestId('summon').click()
    await eventually(async () =>
      expect(await ann.page.getByTestId('facilitation-message').textContent()).toContain('Expand'),
    )

    // Close the first lane for new notes: Ann's client says so and adds nothing; other lanes still work.
    await fay.page.getByTestId('locks-section').locator('fieldset input').first().uncheck()
    await eventually(async () => {
      await (await cell(ann.page, 0, 0)).dblclick({ position: { x: 20, y: 60 } })
      expect(await ann.page.getByTestId('facilitation-message').textContent()).toContain('closed this lane')
    })
    expect(await ann.page.getByTestId('note').count()).toBe(0)
    await addNoteByTyping(ann.page, await cell(ann.page, 0, PAIN_LANE), 'Still allowed')
    await eventually(async () => expect(await noteIn(fay.page, 'Still allowed').count()).toBe(1))
    for (const session of [fay, ann]) await session.context.close()
  })

  it('takes back, with a message, an offline note in a lane closed meanwhile, and keeps the rest', async () => {
    const board = await createBoard(app.server.url, { title: 'Lock race' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann')
    await ann.context.setOffline(true)
    await eventually(async () =>
      expect(await ann.page.getByTestId('sync-status').getAttribute('data-state')).toBe('offline'),
    )
    await addNoteByTyping(ann.page, await cell(ann.page, 0, 0), 'Offline idea')
    await addNoteByTyping(ann.page, await cell(ann.page, 1, PAIN_LANE), 'Offline pain')
    await fay.page.getByTestId('facilitate').click()
    await fay.page.getByTestId('locks-section').locator('fieldset input').first().uncheck()

    // Back online, the server keeps the pain point and takes the note in the closed lane back out.
    await ann.context.setOffline(false)
    await eventually(
      async () =>
        expect(await ann.page.getByTestId('facilitation-message').textContent()).toContain(
          'closed that lane',
        ),
      { timeout: 15_000 },
    )
    await eventually(async () => expect(await noteIn(fay.page, 'Offline pain').count()).toBe(1))
    await eventually(async () => expect(await noteIn(ann.page, 'Offline idea').count()).toBe(0))
    expect(await noteIn(fay.page, 'Offline idea').count()).toBe(0)
    expect(await noteIn(ann.page, 'Offline pain').count()).toBe(1)
    // Ann stayed connected and keeps working in the open lanes.
    await addNoteByTyping(ann.page, await cell(ann.page, 1, PAIN_LANE), 'After the refusal')
    await eventually(async () => expect(await noteIn(fay.page, 'After the refusal').count()).toBe(1))
    for (const session of [fay, ann]) await session.context.close()
  })

  it('private brainstorming keeps new notes to their author until the facilitator reveals them', async () => {
    const board = await createBoard(app.server.url, { title: 'Private ideas' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay')
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann')
    await fay.page.getByTestId('facilitate').click()
    await fay.page.getByTestId('private-mode').check()
    await ann.page.getByTestId('private-tray').waitFor({ timeout: 10_000 })

    await (await cell(ann.page, 2, 1)).dblclick({ position: { x: 20, y: 60 } })
    const editor = ann.page.getByTestId('private-tray').getByTestId('note-editor')
    await editor.waitFor()
    await editor.pressSequentially('Procurement asks for a security review')
    await editor.press('Escape')
    await ann.page.getByTestId('private-note').filter({ hasText: 'security review' }).waitFor()
    expect(await ann.page.getByTestId('note').count()).toBe(0)
    expect(await fay.page.getByTestId('note').count()).toBe(0)

    await fay.page.getByTestId('reveal-private').click()
    for (const { page } of [fay, ann]) {
      await eventually(async () => expect(await noteIn(page, 'security review').count()).toBe(1), {
        timeout: 10_000,
      })
    }
    expect(await (await cell(fay.page, 2, 1)).textContent()).toContain('security review')
    await eventually(async () => expect(await ann.page.getByTestId('private-note').count()).toBe(0))
    for (const session of [fay, ann]) await session.context.close()
  })
})
