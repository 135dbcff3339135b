import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

const SHOTS = '/tmp/jm-screenshots-maps'
mkdirSync(SHOTS, { recursive: true })
const LOCALES = [
  ['en', 'en-US'],
  ['zh-CN', 'zh-CN'],
] as const

const view = (page: Page) => page.getByTestId('board-grid').getAttribute('data-view')
const noteTexts = (page: Page) => page.locator('[data-testid="note"] .note-text').allTextContents()
/** A cell by its lane's position among the cells of one stage column (the grid's first stage). */
const firstStageCell = async (page: Page, lane: number) => {
  const stages = await page.getByTestId('stage-header').count()
  return page.getByTestId('cell').nth(lane * stages)
}

describe('each map type drawn its own way over the same stages, lanes and notes', () => {
  const app = useAppInBrowser()
  const open = async (
    mapType: string,
    locale: (typeof LOCALES)[number],
    extra: Record<string, unknown> = {},
  ) => {
    const board = await createBoard(app.server.url, { mapType, locale: locale[0], ...extra })
    return openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Fay', locale[1])
  }

  for (const locale of LOCALES) {
    it(`empathy map: four quadrants around the persona, notes added, edited and moved by keyboard (${locale[0]})`, async () => {
      const { page, context } = await open('empathy', locale, {
        persona: { name: 'Chen Wei', role: 'decisionMaker' },
        segment: 'Mid-size manufacturers',
      })
      expect(await view(page)).toBe('empathy')
      await page.getByTestId('quadrant').nth(3).waitFor()
      expect(
        await page
          .getByTestId('quadrant')
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.kind)),
      ).toEqual(['says', 'thinks', 'does', 'feels'])
      // Says and thinks side by side on top, does and feels below, the persona between them.
      const boxes = await page
        .getByTestId('quadrant')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))
      const [says, thinks, does, feels] = boxes
      expect(thinks.x).toBeGreaterThan(says.x + says.width / 2)
      expect(Math.abs(thinks.y - says.y)).toBeLessThan(2)
      expect(does.y).toBeGreaterThanOrEqual(says.y + says.height - 2)
      expect(feels.x).toBeGreaterThan(does.x + does.width / 2)
      const persona = await page.getByTestId('empathy-persona').boundingBox()
      expect(persona && persona.x < thinks.x && persona.x + persona.width > thinks.x).toBe(true)
      expect(await page.getByTestId('empathy-persona').textContent()).toContain('Chen Wei')

      const says0 = page.getByTestId('quadrant').nth(0).getByTestId('cell')
      await addNoteByTyping(page, says0, 'We need SSO')
      await addNoteByTyping(
        page,
        page.getByTestId('quadrant').nth(1).getByTestId('cell'),
        'Will IT block this?',
      )
      // Alt+Right takes the note from "says" to "thinks", Alt+Down from "thinks" to "feels".
      const note = page.locator('[data-testid="note"]', { hasText: 'We need SSO' })
      await note.focus()
      await page.keyboard.press('Alt+ArrowRight')
      await eventually(async () =>
        expect(await page.getByTestId('quadrant').nth(1).locator('[data-testid="note"]').count()).toBe(2),
      )
      await page.locator('[data-testid="note"]', { hasText: 'We need SSO' }).focus()
      await page.keyboard.press('Alt+ArrowDown')
      await page.keyboard.press('Alt+ArrowDown')
      await eventually(async () =>
        expect(await page.getByTestId('quadrant').nth(3).textContent()).toContain('We need SSO'),
      )
      // Another stage shows its own notes; back on the first, they are there.
      await page.getByTestId('empathy-stage').nth(1).click()
      await eventually(async () => expect(await page.getByTestId('note').count()).toBe(0))
      await page.getByTestId('empathy-stage').nth(0).click()
      await eventually(async () =>
        expect((await noteTexts(page)).sort()).toEqual(['We need SSO', 'Will IT block this?']),
      )
      await page.screenshot({ path: `${SHOTS}/empathy-${locale[0]}.png` })

      // Switching the type never loses a note: the grid shows the same lanes as rows.
      await page.getByTestId('map-type-select').selectOption('currentState')
      await eventually(async () => expect(await view(page)).toBe('currentState'))
      expect((await noteTexts(page)).sort()).toEqual(['We need SSO', 'Will IT block this?'])
      await context.close()
    })

    it(`service blueprint: the three lines between lane groups, physical evidence on top (${locale[0]})`, async () => {
      const { page, context } = await open('serviceBlueprint', locale)
      expect(await view(page)).toBe('serviceBlueprint')
      const labels = await page.locator('.grid > .lane-label').allTextContents()
      expect(labels[1]?.startsWith(locale[0] === 'en' ? 'Physical evidence' : '有形证据')).toBe(true)
      const lines = page.getByTestId('blueprint-line')
      expect(await lines.count()).toBe(3)
      // Each line lies between the rows of its two groups and holds no cell.
      const rows = await page
        .locator('.grid > .lane-label:not(.curve-label):not(.view-row-label)')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top))
      const lineTops = await lines.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top))
      // physical evidence, customer actions | onstage | backstage | support processes, owners
      expect(lineTops[0]).toBeGreaterThan(rows[1] ?? 0)
      expect(lineTops[0]).toBeLessThan(rows[2] ?? 0)
      expect(lineTops[1]).toBeLessThan(rows[3] ?? 0)
      expect(lineTops[2]).toBeLessThan(rows[4] ?? 0)
      expect(await lines.locator('[data-cell]').count()).toBe(0)
      await addNoteByTyping(page, await firstStageCell(page, 2), 'Front desk checks the PO')
      await addNoteByTyping(page, await firstStageCell(page, 3), 'ERP sync overnight')
      // Alt+Down crosses the line of visibility into the backstage lane.
      await page.locator('[data-testid="note"]', { hasText: 'Front desk' }).focus()
      await page.keyboard.press('Alt+ArrowDown')
      await eventually(async () =>
        expect(await (await firstStageCell(page, 3)).locator('[data-testid="note"]').count()).toBe(2),
      )
      await page.screenshot({ path: `${SHOTS}/blueprint-${locale[0]}.png` })
      await context.close()
    })

    it(`circular lifecycle: the loop's restart point marked and moved, the last stage pointing back (${locale[0]})`, async () => {
      const { page, context } = await open('circular', locale, { template: 'seed003-saas' })
      expect(await view(page)).toBe('circular')
      const slots = page.getByTestId('loop-slot')
      await eventually(async () => expect(await slots.nth(0).getByTestId('loop-restart').count()).toBe(1))
      const count = await slots.count()
      expect(
        await slots
          .nth(count - 1)
          .getByTestId('loop-back')
          .count(),
      ).toBe(1)
      // The loop restarts at adoption (the fifth stage of seed 003) rather than awareness.
      await slots.nth(4).locator('button').click()
      await eventually(async () => expect(await slots.nth(4).getByTestId('loop-restart').count()).toBe(1))
      expect(await slots.nth(0).getByTestId('loop-restart').count()).toBe(0)
      const adoption =
        (await page.getByTestId('stage-header').nth(4).locator('.stage-name').textContent()) ?? '?'
      expect(
        await slots
          .nth(count - 1)
          .getByTestId('loop-back')
          .textContent(),
      ).toContain(adoption.trim())
      await addNoteByTyping(page, await firstStageCell(page, 0), 'Renewal reminder email')
      await page.screenshot({ path: `${SHOTS}/circular-${locale[0]}.png` })
      await context.close()
    })

    it(`day in the life: a time axis of the customer's day (${locale[0]})`, async () => {
      const { page, context } = await open('dayInTheLife', locale, { template: 'seed000-traditional' })
      expect(await view(page)).toBe('dayInTheLife')
      const times = page.getByTestId('time-input')
      expect(await times.count()).toBe(await page.getByTestId('stage-header').count())
      for (const [i, time] of ['08:30', '12:00', '15:30', '21:00'].entries()) {
        await times.nth(i).fill(time)
        await times.nth(i).press('Enter')
      }
      await eventually(async () => expect(await times.nth(3).inputValue()).toBe('21:00'))
      // The axis row sits between the stage headers and the lanes.
      const header = await page.getByTestId('stage-header').nth(0).boundingBox()
      const slot = await page.getByTestId('time-slot').nth(0).boundingBox()
      const firstCell = await (await firstStageCell(page, 0)).boundingBox()
      expect(
        slot && header && firstCell && slot.y >= header.y + header.height - 1 && slot.y < firstCell.y,
      ).toBe(true)
      await addNoteByTyping(page, await firstStageCell(page, 0), 'Checks supplier portal on the commute')
      await page.screenshot({ path: `${SHOTS}/day-in-the-life-${locale[0]}.png` })
      await context.close()
    })
  }
})
