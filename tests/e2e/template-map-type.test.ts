import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'

const createFromLanding = async (page: Page, template: string, mapType?: string) => {
  await page.getByTestId('template').selectOption(template)
  if (mapType) await page.getByTestId('map-type-select').selectOption(mapType)
  await page.getByTestId('create-board').click()
  await page.getByTestId('join-name').fill('Fay')
  await page.getByTestId('join-submit').click()
  await page.getByTestId('board-grid').waitFor()
  return (await page.getByTestId('map-type').textContent()) ?? ''
}

describe('the landing page and the map type of a template', () => {
  const app = useAppInBrowser()

  it("applies the template's own type unless the person picks another", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(app.server.url)
    // Seed 003's SaaS journey is a loop: the type select follows the template until touched.
    await page.getByTestId('template').selectOption('seed003-saas')
    expect(await page.getByTestId('map-type-select').inputValue()).toBe('circular')
    expect(await createFromLanding(page, 'seed003-saas')).toBe('Circular lifecycle')

    // Seed 000's repurchase journey is a tactical sub-journey.
    await page.goto(app.server.url)
    expect(await createFromLanding(page, 'seed000-tactical')).toBe('Tactical')

    // A type picked explicitly wins over the template's, even after the template changes.
    await page.goto(app.server.url)
    await page.getByTestId('map-type-select').selectOption('empathy')
    expect(await createFromLanding(page, 'seed003-saas')).toBe('Empathy map')
    await context.close()
  })
})
