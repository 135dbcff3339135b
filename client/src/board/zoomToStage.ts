import { MAX_SCALE, type Viewport } from '../primitives/createViewport.ts'
import { CELL_SELECTOR } from './gridNavigation.ts'

/** Room left around a stage zoomed to, in screen pixels. */
const MARGIN_PX = 32

/**
 * Zooms to one stage's column, its header and every lane, with the lane labels beside it (they stick
 * to the left edge): as tall as the view when the column is short, never below 100 % when it is long
 * (it then starts at the top), never wider than the view. The focus goes to the stage's first cell,
 * so the arrow keys carry on from there.
 */
export function zoomToStage(grid: HTMLElement, viewport: Viewport, stageId: string): void {
  const cells = grid.querySelectorAll<HTMLElement>(`${CELL_SELECTOR}[data-stage-id="${CSS.escape(stageId)}"]`)
  const first = cells[0]
  const last = cells[cells.length - 1]
  const scroller = viewport.scroller()
  if (!first || !last || !scroller) return
  const top = grid.getBoundingClientRect().top
  const left = first.getBoundingClientRect().left
  const labels = grid.querySelector<HTMLElement>('.lane-label')?.getBoundingClientRect().width ?? 0
  const bottom = last.getBoundingClientRect().bottom
  const area = viewport.toBoard({
    left: left - labels,
    top,
    width: first.getBoundingClientRect().width + labels,
    height: bottom - top,
  })
  const fitWidth = (scroller.clientWidth - MARGIN_PX) / area.width
  const fitHeight = (scroller.clientHeight - MARGIN_PX) / area.height
  viewport.showArea(area, Math.min(MAX_SCALE, fitWidth, Math.max(1, fitHeight)))
  first.focus({ preventScroll: true })
}
