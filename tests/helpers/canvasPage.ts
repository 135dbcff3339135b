import type { Page } from 'playwright-core'

/** Opens the canvas beside the map and waits until tldraw has mounted its editor. */
export async function openCanvas(page: Page): Promise<void> {
  await page.getByTestId('canvas-toggle').click()
  await page.locator('[data-testid="canvas-host"] .tl-canvas').waitFor({ timeout: 30_000 })
}

/**
 * Draws a rectangle with tldraw's own tool (keyboard shortcut `r`), dragging between two points given
 * relative to the canvas's top-left corner, then returns to the select tool.
 */
export async function drawRectangle(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  const box = await page.getByTestId('canvas-host').boundingBox()
  if (!box) throw new Error('the canvas is not on screen')
  // A click on the spot focuses the editor, so its keyboard shortcuts apply.
  await page.mouse.click(box.x + from.x, box.y + from.y)
  await page.keyboard.press('r')
  await page.mouse.down()
  await page.mouse.move(box.x + to.x, box.y + to.y, { steps: 6 })
  await page.mouse.up()
  await page.keyboard.press('v')
}

/** How many shapes of a tldraw type (geo, draw, journey-note, …) the canvas shows. */
export async function shapeCount(page: Page, type: string): Promise<number> {
  return page.locator(`[data-testid="canvas-host"] .tl-shape[data-shape-type="${type}"]`).count()
}
