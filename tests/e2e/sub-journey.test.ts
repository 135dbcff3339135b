import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

const SHOTS = '/tmp/jm-screenshots-maps2'
mkdirSync(SHOTS, { recursive: true })
const LOCALES = [
  ['en', 'en-US'],
  ['zh-CN', 'zh-CN'],
] as const

const stageNames = (page: Page) => page.getByTestId('stage-name').allTextContents()
const shownType = (page: Page) => page.getByTestId('map-type').textContent()

describe('a tactical sub-journey details a stage of another map', () => {
  const app = useAppInBrowser()

  for (const [locale, browserLocale] of LOCALES) {
    it(`opens from its stage and leads back to it through breadcrumbs (${locale})`, async () => {
      const board = await createBoard(app.server.url, { mapType: 'strategic', locale })
      const { page, context } = await openBoardAs(
        app.browser,
        app.server.url + board.links.facilitator,
        'Fay',
        browserLocale,
      )
      const parentStages = await stageNames(page)
      const parentType = await shownType(page)
      const detailed = parentStages[1] ?? ''
      await addNoteByTyping(page, await cell(page, 1, 0), 'Strategic note')

      // The stage's panel makes a sub-journey of it, named after it, and shows it at once.
      await page.getByTestId('stage-details').nth(1).click()
      await page.getByTestId('new-sub-journey').click()
      await eventually(async () =>
        expect(await page.getByTestId('breadcrumb-stage').textContent()).toBe(detailed),
      )
      expect(await page.getByTestId('stage-panel').count()).toBe(0)
      expect(await page.getByTestId('breadcrumb-map').textContent()).toBe(parentType)
      expect(await page.getByTestId('breadcrumb-current').textContent()).toBe(detailed)
      expect(await shownType(page)).not.toBe(parentType)
      expect(await stageNames(page)).toHaveLength(3)
      await addNoteByTyping(page, await cell(page, 0, 0), 'Tactical note')
      await eventually(async () => expect(await noteTexts(page)).toEqual(['Tactical note']))
      await page.screenshot({ path: `${SHOTS}/sub-journey-${locale}.png` })

      // The stage crumb goes back to the parent map with that stage's panel open.
      await page.getByTestId('breadcrumb-stage').click()
      await eventually(async () => expect(await stageNames(page)).toEqual(parentStages))
      expect(await page.getByTestId('map-breadcrumbs').count()).toBe(0)
      expect(await noteTexts(page)).toEqual(['Strategic note'])
      expect(await page.locator('[data-testid="stage-panel"] h2').textContent()).toBe(detailed)
      await page.screenshot({ path: `${SHOTS}/sub-journey-stage-${locale}.png` })

      // The stage header says a sub-journey details it, and opens it; so does the panel.
      const headers = page.getByTestId('stage-header')
      expect(await headers.nth(1).getByTestId('stage-sub-journey').count()).toBe(1)
      expect(await headers.nth(0).getByTestId('stage-sub-journey').count()).toBe(0)
      await page.getByTestId('open-sub-journey').click()
      await eventually(async () => expect(await noteTexts(page)).toEqual(['Tactical note']))
      await page.getByTestId('breadcrumb-map').click()
      await eventually(async () => expect(await stageNames(page)).toEqual(parentStages))
      await headers.nth(1).getByTestId('stage-sub-journey').click()
      await eventually(async () =>
        expect(await page.getByTestId('breadcrumb-current').textContent()).toBe(detailed),
      )
      await context.close()
    })
  }
})
