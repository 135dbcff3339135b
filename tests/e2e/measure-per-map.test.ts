import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { enterKpiActuals } from '../helpers/kpiActuals.ts'
import { connectClient } from '../helpers/yclient.ts'

const openMeasure = async (page: Page) => {
  if ((await page.getByTestId('followup-panel').count()) === 0)
    await page.getByTestId('followup-toggle').click()
  await page.getByTestId('followup-tab-measure').click()
}
const voteStageChoices = (page: Page) =>
  page.getByTestId('voting-section').locator('fieldset').nth(1).locator('input[type="checkbox"]').count()

describe('measurement and the vote after a future state exists', () => {
  const app = useAppInBrowser()

  it("reads only the shown map's stages, and the future map starts unmeasured", async () => {
    const board = await createBoard(app.server.url, { title: 'Measured' })
    const writer = connectClient(app.server.wsUrl, board.id, board.tokens.editor)
    await writer.synced
    const stages = enterKpiActuals(writer.doc)
    const measured = stages.filter((stage) => stage.kpis.length > 0).length
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    const { page } = alice

    await page.getByTestId('start-future').click()
    await page.getByTestId('map-switcher').waitFor()
    await eventually(async () =>
      expect(await page.getByTestId('map-type').textContent()).toBe('Future state'),
    )

    // The future map: each stage once, and no funnel, since actuals were not copied.
    await openMeasure(page)
    await eventually(async () =>
      expect(await page.getByTestId('responsibility').locator('tbody tr').count()).toBe(stages.length),
    )
    expect(await page.getByTestId('funnel').count()).toBe(0)
    expect(await page.locator('.kpi-figures').textContent()).not.toContain('1,200')

    // The vote offers the stages of the map shown, once each.
    await page.getByTestId('facilitate').click()
    expect(await voteStageChoices(page)).toBe(stages.length)

    // Back on the current map: its own funnel, not one across both maps.
    await page.getByTestId('map-switcher').selectOption({ index: 0 })
    await openMeasure(page)
    await eventually(async () => expect(await page.getByTestId('funnel-step').count()).toBe(measured))
    expect(await page.getByTestId('responsibility').locator('tbody tr').count()).toBe(stages.length)
    writer.destroy()
    await alice.context.close()
  })
})
