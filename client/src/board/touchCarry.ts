import { createSignal, onCleanup } from 'solid-js'
import type { BoardContextValue } from './BoardContext.tsx'
import { CELL_SELECTOR, dropIndex, NOTE_SELECTOR } from './gridNavigation.ts'

const LONG_PRESS_MS = 450
/** A finger that moves this far is scrolling, not pressing. */
const PRESS_SLOP_PX = 10

/**
 * Moving notes by touch, where dragging would fight the board's scrolling: a long press on a note
 * picks it up (with the rest of the selection if it is selected), and the next tap on a cell puts
 * it down there, before the note tapped or at the cell's end. Scrolling stays the browser's own,
 * so a picked-up note can travel across the whole board.
 */
export function createTouchCarry(board: BoardContextValue) {
  const [carried, setCarried] = createSignal<readonly string[] | null>(null)
  let press: { timer: ReturnType<typeof setTimeout>; x: number; y: number } | null = null
  /** The finger whose long press picked notes up; lifting it may still end in a click. */
  let pickingPointer: number | null = null
  let liftedAfterPickUp = false
  const cancelPress = () => {
    if (press) clearTimeout(press.timer)
    press = null
  }

  const onPointerDown = (event: PointerEvent) => {
    cancelPress()
    liftedAfterPickUp = false
    if (event.pointerType !== 'touch' || carried() || !board.canEdit()) return
    const noteId = (event.target as HTMLElement).closest<HTMLElement>(NOTE_SELECTOR)?.dataset.noteId
    if (!noteId || board.editingNote() === noteId) return
    const timer = setTimeout(() => {
      press = null
      const ids = board.selection.isSelected(noteId) ? [...board.selection.selected()] : [noteId]
      if (!board.selection.isSelected(noteId)) board.selection.select(noteId)
      setCarried(ids)
      pickingPointer = event.pointerId
      navigator.vibrate?.(15)
    }, LONG_PRESS_MS)
    press = { timer, x: event.clientX, y: event.clientY }
  }
  const onPointerMove = (event: PointerEvent) => {
    if (press && Math.hypot(event.clientX - press.x, event.clientY - press.y) > PRESS_SLOP_PX) cancelPress()
  }
  const onPointerUp = (event: PointerEvent) => {
    cancelPress()
    if (event.pointerId !== pickingPointer) return
    pickingPointer = null
    liftedAfterPickUp = true
  }
  // Captured before the cell's and note's own click handlers: while carrying, a tap only places.
  const onClick = (event: MouseEvent) => {
    const ids = carried()
    if (!ids) return
    event.preventDefault()
    event.stopPropagation()
    // Chromium ends a long press whose context menu was refused with a click: not a placing tap.
    if (liftedAfterPickUp) {
      liftedAfterPickUp = false
      return
    }
    const cell = (event.target as HTMLElement).closest<HTMLElement>(CELL_SELECTOR)
    if (!cell) return
    const index = dropIndex(cell, event.clientY, new Set(ids))
    board.actions.moveNotes(ids, cell.dataset.stageId ?? '', cell.dataset.laneId ?? '', index)
    setCarried(null)
  }
  // The long press would otherwise also open the browser's context menu on the note.
  const onContextMenu = (event: Event) => {
    if ((event.target as HTMLElement).closest(NOTE_SELECTOR) && (press || carried())) event.preventDefault()
  }

  return {
    carried,
    cancel: () => setCarried(null),
    attach(grid: HTMLElement) {
      grid.addEventListener('pointerdown', onPointerDown)
      grid.addEventListener('pointermove', onPointerMove)
      grid.addEventListener('pointerup', onPointerUp)
      grid.addEventListener('pointercancel', cancelPress)
      grid.addEventListener('click', onClick, true)
      grid.addEventListener('contextmenu', onContextMenu)
      onCleanup(() => {
        cancelPress()
        grid.removeEventListener('pointerdown', onPointerDown)
        grid.removeEventListener('pointermove', onPointerMove)
        grid.removeEventListener('pointerup', onPointerUp)
        grid.removeEventListener('pointercancel', cancelPress)
        grid.removeEventListener('click', onClick, true)
        grid.removeEventListener('contextmenu', onContextMenu)
      })
    },
  }
}
