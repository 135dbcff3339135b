import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'

/** Opens a share link in a fresh context (running `initScript` before each page's own), joins under `name`, and waits for the grid. */
export async function openBoardAs(
  browser: Browser,
  url: string,
  name: string,
  locale = 'en-US',
  { initScript }: { initScript?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale })
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
