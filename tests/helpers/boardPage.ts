import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core'

/** A phone as Chromium's mobile emulation makes one: 390 x 844 CSS pixels, touch, a mobile viewport. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
}

/**
 * Opens a share link in a fresh context (a 1400 x 900 window unless `device` says otherwise; running
 * `initScript` before each page's own), joins under `name`, and waits for the grid.
 */
export async function openBoardAs(
  browser: Browser,
  url: string,
  name: string,
  locale = 'en-US',
  { initScript, device }: { initScript?: string; device?: BrowserContextOptions } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...device, locale })
  if (initScript) await context.addInitScript(initScript)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[${name}] page error:`, error.message))
  await page.goto(url)
  await page.getByTestId('join-name').fill(name)
  await page.getByTestId('join-submit').click()
  await page.getByTestId('board-grid').waitFor()
  return { context, page }
}

/** The cell of the stage and lane at these display positions. */
export async function cell(page: Page, stageIndex: number, laneIndex: number): Promise<Locator> {
  const stages = await page.getByTestId('stage-header').count()
  return page.getByTestId('cell').nth(laneIndex * stages + stageIndex)
}

/** Double-clicks a cell to create a note and types into it, then leaves the editor. */
export async function addNoteByTyping(page: Page, target: Locator, text: string): Promise<void> {
  await target.dblclick({ position: { x: 20, y: 60 } })
  const editor = page.getByTestId('note-editor')
  await editor.waitFor()
  await editor.pressSequentially(text)
  await editor.press('Escape')
}

export async function noteTexts(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid="note"] .note-text').allTextContents()).sort()
}

/** The texts of one cell's notes, in display order. */
export async function notesInCell(page: Page, stageIndex: number, laneIndex: number): Promise<string[]> {
  const texts = await (await cell(page, stageIndex, laneIndex))
    .locator('[data-testid="note"] .note-text')
    .allTextContents()
  return texts.map((text) => text.trim())
}

/** The note card showing this text. */
export function noteWithText(page: Page, text: string): Locator {
  return page.getByTestId('note').filter({ hasText: text })
}
