import { addNote, LocalOrigin, NOTE_COLORS, readBoard, setNoteFields } from '@jm/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { accessibleName, buttonsNamedBySymbols } from '../helpers/accessibleNames.ts'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { type AxeViolation, axeViolations } from '../helpers/axe.ts'
import { addNoteByTyping, cell, openBoardAs, PHONE } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { openCanvas } from '../helpers/canvasPage.ts'
import { eventually } from '../helpers/eventually.ts'
import { connectClient } from '../helpers/yclient.ts'

const PAIN_LANE = 4 // seed 002 lanes: touchpoints, actions, thoughts, feelings, pain points, …

/** Moderate rules a screen reader user notices at once: landmarks to jump by and an outline of headings. */
const STRUCTURE_RULES = [
  'color-contrast',
  'heading-order',
  'landmark-no-duplicate-banner',
  'landmark-one-main',
  'landmark-unique',
  'region',
  'page-has-heading-one',
]

/** What must not be on the page: any critical or serious violation, and any of the structure rules. */
async function accessibilityProblems(page: Page, where: string): Promise<string[]> {
  const blocking = (violation: AxeViolation) =>
    violation.impact === 'critical' ||
    violation.impact === 'serious' ||
    STRUCTURE_RULES.includes(violation.id)
  const violations = (await axeViolations(page)).filter(blocking)
  const symbols = (await buttonsNamedBySymbols(page)).map((name) => `button named "${name}"`)
  return [
    ...violations.map(
      (violation) => `${where}: ${violation.id} (${violation.impact}) ${violation.where.join('; ')}`,
    ),
    ...symbols.map((problem) => `${where}: ${problem}`),
  ]
}

describe('accessibility of the landing and board pages (axe-core in Chromium)', () => {
  const app = useAppInBrowser()

  it('the landing page, in English and Traditional Chinese', async () => {
    for (const locale of ['en-US', 'zh-TW']) {
      const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale })
      const page = await context.newPage()
      await page.goto(app.server.url)
      await page.getByTestId('create-form').waitFor()
      expect(await accessibilityProblems(page, `landing ${locale}`)).toEqual([])
      await context.close()
    }
  })

  it('the board for each role, with others present, a selected note, a vote open and its results revealed', async () => {
    const board = await createBoard(app.server.url, { title: 'Onboarding workshop' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay Chen')
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann Lee', 'zh-TW')
    const vic = await openBoardAs(app.browser, app.server.url + board.links.viewer, 'Vic')
    await addNoteByTyping(fay.page, await cell(fay.page, 0, PAIN_LANE), 'Pricing page unclear')
    await addNoteByTyping(fay.page, await cell(fay.page, 1, PAIN_LANE), 'Slow security review')
    for (const { page } of [ann, vic])
      await eventually(async () => expect(await page.getByTestId('note').count()).toBe(2))
    await eventually(async () => expect(await fay.page.getByTestId('avatar').count()).toBe(2))

    await fay.page.getByTestId('note').first().click()
    await fay.page.getByTestId('note-toolbar').waitFor()
    expect(await accessibilityProblems(fay.page, 'facilitator, note selected')).toEqual([])
    expect(await accessibilityProblems(ann.page, 'editor (zh-TW)')).toEqual([])
    expect(await accessibilityProblems(vic.page, 'viewer')).toEqual([])

    await fay.page.getByTestId('facilitate').click()
    await fay.page.getByTestId('start-vote').click()
    await ann.page.getByTestId('vote-plus').first().waitFor()
    // The dot buttons say what they do, in the reader's language.
    expect(await accessibleName(ann.page, '[data-testid="vote-plus"]')).toBe('給這張便利貼投一票')
    expect(await accessibleName(fay.page, '[data-testid="vote-minus"]')).toBe(
      'Take a dot back from this note',
    )
    await ann.page.getByTestId('vote-plus').first().click()
    expect(await accessibilityProblems(ann.page, 'editor voting')).toEqual([])
    expect(await accessibilityProblems(fay.page, 'facilitator panel open')).toEqual([])

    await fay.page.getByTestId('end-vote').click()
    await fay.page.getByTestId('reveal-vote').click()
    await vic.page.getByTestId('results-panel').waitFor()
    expect(await accessibilityProblems(vic.page, 'viewer, results revealed')).toEqual([])
    await fay.page.getByTestId('promote').waitFor()
    expect(await accessibilityProblems(fay.page, 'facilitator, results revealed')).toEqual([])
    for (const session of [fay, ann, vic]) await session.context.close()
  })

  it('the maps dialog, and a sub-journey with its breadcrumbs and its stage’s link to it (zh-TW)', async () => {
    const board = await createBoard(app.server.url, { title: '續約旅程', locale: 'zh-TW' })
    const fay = await openBoardAs(app.browser, app.server.url + board.links.facilitator, '方', 'zh-TW')
    await fay.page.getByTestId('manage-maps').click()
    await fay.page.getByTestId('add-map-type').selectOption('tactical')
    await fay.page.getByTestId('add-map-parent-stage').waitFor()
    await fay.page.getByTestId('map-row-remove').first().waitFor()
    expect(await accessibilityProblems(fay.page, 'maps dialog')).toEqual([])
    await fay.page.getByTestId('add-map-parent-stage').selectOption({ index: 1 })
    await fay.page.getByTestId('add-map-submit').click()
    await fay.page.getByTestId('map-breadcrumbs').waitFor()
    expect(await accessibilityProblems(fay.page, 'sub-journey')).toEqual([])
    await fay.page.getByTestId('breadcrumb-stage').click()
    await fay.page.getByTestId('open-sub-journey').waitFor()
    expect(await accessibilityProblems(fay.page, 'stage with a sub-journey')).toEqual([])
    await fay.context.close()
  })

  it('the page a share link opens before joining, and the board with the canvas and its toolbar', async () => {
    const board = await createBoard(app.server.url, { title: 'Renewal journey' })
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' })
    const join = await context.newPage()
    await join.goto(app.server.url + board.links.editor)
    await join.getByTestId('join-name').waitFor()
    expect(await accessibilityProblems(join, 'join page (zh-CN)')).toEqual([])
    await context.close()

    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann Lee')
    await openCanvas(ann.page)
    await ann.page.locator('.tlui-toolbar').first().waitFor()
    expect(await accessibilityProblems(ann.page, 'board with the canvas open')).toEqual([])
    await ann.context.close()
  })

  it('notes of every colour, with tags, emotions and a selection, keep their text readable (contrast)', async () => {
    const board = await createBoard(app.server.url, { title: 'Colours' })
    const writer = connectClient(
      `${app.server.url.replace('http', 'ws')}/sync`,
      board.id,
      board.tokens.editor,
    )
    await writer.synced
    const { stages, lanes } = readBoard(writer.doc)
    const origin = new LocalOrigin('colours')
    NOTE_COLORS.forEach((color, i) => {
      const cellOf = {
        stageId: stages[i % stages.length]?.id ?? '',
        laneId: lanes[Math.floor(i / stages.length)]?.id ?? '',
      }
      const id = addNote(
        writer.doc,
        { ...cellOf, author: 'w', now: i, text: `A ${color} note`, color },
        origin,
      )
      setNoteFields(writer.doc, { noteId: id, now: i, tags: ['pricing'], emotion: (i % 5) - 2 }, origin)
    })
    const ann = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Ann Lee')
    await eventually(async () => expect(await ann.page.getByTestId('note').count()).toBe(NOTE_COLORS.length))
    await ann.page
      .getByTestId('note')
      .first()
      .click({ position: { x: 5, y: 5 } })
    expect(await accessibilityProblems(ann.page, 'every note colour')).toEqual([])
    writer.destroy()
    await ann.context.close()
  })

  it('the board on a phone, with its menu of secondary controls open', async () => {
    const board = await createBoard(app.server.url, { title: '續約旅程' })
    const phone = await openBoardAs(app.browser, app.server.url + board.links.editor, '陳小明', 'zh-TW', {
      device: PHONE,
    })
    await phone.page.getByTestId('more-menu').tap()
    await phone.page.locator('.more-items').getByTestId('language').waitFor()
    expect(await accessibilityProblems(phone.page, 'phone, menu open')).toEqual([])
    await phone.context.close()
  })
})
