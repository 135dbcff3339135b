import { onCleanup } from 'solid-js'
import { CELL_SELECTOR, NOTE_SELECTOR } from './gridNavigation.ts'

/**
 * Keeps the keyboard focus in the grid when someone else's change removes the focused element: a
 * note moved by another person comes back focused in its new cell, a deleted one leaves the focus
 * on its cell. A focus the person moved away themselves (its element still on the page) is left.
 */
export function keepFocusInGrid(grid: HTMLElement): void {
  let focused: { element: HTMLElement; noteId?: string; stageId?: string; laneId?: string } | null = null
  const onFocusIn = (event: FocusEvent) => {
    const element = event.target as HTMLElement
    const cell = element.closest<HTMLElement>(CELL_SELECTOR)
    focused = {
      element,
      noteId: element.closest<HTMLElement>(NOTE_SELECTOR)?.dataset.noteId,
      stageId: cell?.dataset.stageId,
      laneId: cell?.dataset.laneId,
    }
  }
  const restore = () => {
    if (!focused || focused.element.isConnected) return
    // The focus went somewhere else on the page: the person moved it.
    if (document.activeElement && document.activeElement !== document.body) return
    const { noteId, stageId, laneId } = focused
    const find = (selector: string) => grid.querySelector<HTMLElement>(selector)
    const cellSelector = `${CELL_SELECTOR}[data-stage-id="${CSS.escape(stageId ?? '')}"][data-lane-id="${CSS.escape(laneId ?? '')}"]`
    const target =
      (noteId && find(`[data-note-id="${CSS.escape(noteId)}"]`)) || find(cellSelector) || find(CELL_SELECTOR)
    if (target) target.focus({ preventScroll: true })
    else focused = null
  }
  const observer = new MutationObserver(restore)
  observer.observe(grid, { childList: true, subtree: true })
  grid.addEventListener('focusin', onFocusIn)
  onCleanup(() => {
    observer.disconnect()
    grid.removeEventListener('focusin', onFocusIn)
  })
}
