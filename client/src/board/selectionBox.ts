import { createSignal, onCleanup } from 'solid-js'
import { CELL_SELECTOR, NOTE_SELECTOR } from './gridNavigation.ts'
import type { Selection } from './selection.ts'

/** How far the pointer travels before a press on a cell's background is a box, not a click. */
const BOX_START_PX = 5

/** The box in viewport (client) pixels, which is also what the notes' bounding boxes use. */
export interface BoxRect {
  left: number
  top: number
  width: number
  height: number
}

const overlaps = (box: BoxRect, rect: DOMRect) =>
  rect.right > box.left &&
  rect.left < box.left + box.width &&
  rect.bottom > box.top &&
  rect.top < box.top + box.height

/**
 * Selecting notes by dragging a box from a cell's empty background with a mouse or pen: the notes
 * it touches become the selection, live as it grows (with Shift, Ctrl or ⌘ they join the selection
 * there was). Touch keeps its press for scrolling and long-press carrying (touchCarry.ts).
 */
export function createSelectionBox(selection: Selection) {
  const [box, setBox] = createSignal<BoxRect | null>(null)
  let grid: HTMLElement | undefined
  let press: { x: number; y: number; before: ReadonlySet<string> } | null = null
  let frame = 0
  /** A box's press ends in a click on the cell, which would clear the selection just made. */
  let swallowClick = false

  const update = (x: number, y: number) => {
    if (!press || !grid) return
    const next = {
      left: Math.min(press.x, x),
      top: Math.min(press.y, y),
      width: Math.abs(x - press.x),
      height: Math.abs(y - press.y),
    }
    setBox(next)
    const hits = [...grid.querySelectorAll<HTMLElement>(NOTE_SELECTOR)]
      .filter((note) => overlaps(next, note.getBoundingClientRect()))
      .map((note) => note.dataset.noteId ?? '')
    selection.selectOnly([...press.before, ...hits])
  }
  const onPointerDown = (event: PointerEvent) => {
    swallowClick = false
    if (event.pointerType === 'touch' || event.button !== 0) return
    if (!(event.target instanceof HTMLElement) || !event.target.matches(CELL_SELECTOR)) return
    const adding = event.shiftKey || event.metaKey || event.ctrlKey
    press = { x: event.clientX, y: event.clientY, before: adding ? selection.selected() : new Set() }
  }
  const onPointerMove = (event: PointerEvent) => {
    if (!press || !grid) return
    // Space held while pressing pans the board instead (createViewport marks the scroller).
    if (grid.closest('.panning')) return end()
    if (!box()) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < BOX_START_PX) return
      grid.setPointerCapture(event.pointerId)
      grid.classList.add('boxing')
      window.getSelection()?.removeAllRanges()
    }
    const { clientX, clientY } = event
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => update(clientX, clientY))
  }
  const end = () => {
    cancelAnimationFrame(frame)
    swallowClick = box() !== null
    press = null
    setBox(null)
    grid?.classList.remove('boxing')
  }
  const onPointerUp = (event: PointerEvent) => {
    if (press && box()) update(event.clientX, event.clientY)
    end()
  }
  const onClick = (event: MouseEvent) => {
    if (!swallowClick) return
    swallowClick = false
    event.stopPropagation()
  }

  return {
    box,
    attach(element: HTMLElement) {
      grid = element
      element.addEventListener('pointerdown', onPointerDown)
      element.addEventListener('pointermove', onPointerMove)
      element.addEventListener('pointerup', onPointerUp)
      element.addEventListener('pointercancel', end)
      element.addEventListener('click', onClick, true)
      onCleanup(() => {
        cancelAnimationFrame(frame)
        element.removeEventListener('pointerdown', onPointerDown)
        element.removeEventListener('pointermove', onPointerMove)
        element.removeEventListener('pointerup', onPointerUp)
        element.removeEventListener('pointercancel', end)
        element.removeEventListener('click', onClick, true)
      })
    },
  }
}
