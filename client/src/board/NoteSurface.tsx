import { createSignal, type JSX, Show } from 'solid-js'
import { BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { isComposing } from '../keys/isComposing.ts'
import type { Viewport } from '../primitives/createViewport.ts'
import { useBoard } from './BoardContext.tsx'
import { arrowTarget, CELL_SELECTOR, isArrowKey, NOTE_SELECTOR } from './gridNavigation.ts'
import { keepFocusInGrid } from './keepFocus.ts'
import type { CellLayout } from './keyboardMove.ts'
import { bindNoteClipboard } from './noteClipboard.ts'
import { createSelectionBox } from './selectionBox.ts'
import { createTouchCarry } from './touchCarry.ts'
import { zoomToStage } from './zoomToStage.ts'

interface Props {
  /** The cells in the order the view renders them, row by row (what arrows and Alt+arrows walk). */
  layout: CellLayout
  class: string
  style?: JSX.CSSProperties
  /** Which map type's view this is, for tests and styles. */
  view: string
  /** The board's zoom and scroll, for zooming to a stage (Z). */
  viewport: Viewport
  /** The surface element, for the view's own uses (a stage header's zoom button). */
  ref?: (element: HTMLDivElement) => void
  children: JSX.Element
}

/**
 * What every map view shares around its cells, whatever their layout: arrow keys between cells and
 * notes, Alt+arrows to move a note (announced), N/Enter/Delete/Escape, Ctrl+A in a cell, Z to zoom
 * to the stage, a selection box, copy and paste, touch carry, and keeping the focus when others
 * change the board.
 */
export function NoteSurface(props: Props) {
  const board = useBoard()
  let surface!: HTMLDivElement
  const carry = createTouchCarry(board)
  const selectionBox = createSelectionBox(board.selection)
  const [announcement, setAnnouncement] = createSignal('')
  // Loaded on the first Alt+arrow: most people drag notes, and the board's first load stays lean.
  const moveByKey = async (noteId: string, key: string) => {
    const { moveNoteByKey } = await import('./keyboardMove.ts')
    // Emptied first, so the same words twice ("cannot move") are read out twice.
    setAnnouncement('')
    setAnnouncement(await moveNoteByKey(board, noteId, key, props.layout))
    // In another cell the card is a new element: the focus goes back to it.
    surface.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(noteId)}"]`)?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement
    if (isComposing(event) || target.closest('textarea, input, select, button')) return
    const note = target.closest<HTMLElement>(NOTE_SELECTOR)
    const cell = target.closest<HTMLElement>(CELL_SELECTOR)
    if (!cell) return
    const noteId = note?.dataset.noteId
    if (isArrowKey(event.key)) {
      if (event.altKey && noteId && board.canEdit()) {
        event.preventDefault()
        void moveByKey(noteId, event.key)
        return
      }
      const next = arrowTarget(surface, note ?? cell, event.key, props.layout.columns)
      if (!next) return
      event.preventDefault()
      next.focus()
      const nextId = next.dataset.noteId
      if (nextId) board.selection.select(nextId, event.shiftKey ? 'toggle' : 'replace')
      return
    }
    if (event.key === 'z' && !(event.ctrlKey || event.metaKey || event.altKey)) {
      event.preventDefault()
      zoomToStage(surface, props.viewport, cell.dataset.stageId ?? '')
      return
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      // Every note of the cell, for the selection bar's group changes.
      event.preventDefault()
      board.selection.selectOnly(
        board.notesIn(cell.dataset.stageId ?? '', cell.dataset.laneId ?? '').map((n) => n.id),
      )
      return
    }
    if (!board.canEdit() || event.ctrlKey || event.metaKey || event.altKey) return
    const stageId = cell.dataset.stageId ?? ''
    const laneId = cell.dataset.laneId ?? ''
    if (event.key === 'n' || event.key === 'N' || (event.key === 'Enter' && !noteId)) {
      event.preventDefault()
      board.actions.addNote(stageId, laneId)
    } else if (event.key === 'Enter' && noteId) {
      event.preventDefault()
      board.setEditingNote(noteId)
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && noteId) {
      event.preventDefault()
      const ids = board.selection.isSelected(noteId) ? [...board.selection.selected()] : [noteId]
      const next = note?.nextElementSibling?.closest<HTMLElement>(NOTE_SELECTOR) ?? cell
      board.actions.deleteNotes(ids)
      next.focus()
    } else if (event.key === 'Escape' && board.selection.selected().size > 0) {
      event.preventDefault()
      board.selection.clear()
      cell.focus()
    }
  }

  return (
    <>
      {/* Where a note moved with Alt+arrow went, for screen readers. */}
      <p class="visually-hidden" aria-live="polite" data-testid="move-announcer">
        {announcement()}
      </p>
      <Show when={carry.carried()}>
        {(ids) => (
          <div class="carry-banner" role="status" data-testid="carry-banner">
            {t(BOARD_MESSAGES).carry.hint(ids().length)}
            <button type="button" class="toolbar-button" onClick={() => carry.cancel()}>
              {t(BOARD_MESSAGES).carry.cancel}
            </button>
          </div>
        )}
      </Show>
      <Show when={selectionBox.box()}>
        {(box) => (
          <div
            class="selection-box"
            data-testid="selection-box"
            style={{
              left: `${box().left}px`,
              top: `${box().top}px`,
              width: `${box().width}px`,
              height: `${box().height}px`,
            }}
          />
        )}
      </Show>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: key events bubble up from the focusable cells and notes */}
      <div
        ref={(element) => {
          surface = element
          props.ref?.(element)
          carry.attach(element)
          selectionBox.attach(element)
          keepFocusInGrid(element)
          bindNoteClipboard(board, element)
        }}
        class={props.class}
        style={props.style}
        data-testid="board-grid"
        data-view={props.view}
        data-note-count={board.board.notes.length}
        onKeyDown={onKeyDown}
      >
        {props.children}
      </div>
    </>
  )
}
