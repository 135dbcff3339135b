import { type Lane, laneLabel, type Stage } from '@jm/shared'
import { createMemo, createSignal, For, Show } from 'solid-js'
import { BOARD_MESSAGES, STRUCTURE_MESSAGES } from '../i18n/dictionaries.ts'
import { locale, t } from '../i18n/i18n.ts'
import { isComposing } from '../keys/isComposing.ts'
import { cellKey } from '../primitives/createCellLists.ts'
import type { Viewport } from '../primitives/createViewport.ts'
import { useBoard } from './BoardContext.tsx'
import { Cell } from './Cell.tsx'
import { arrowTarget, CELL_SELECTOR, isArrowKey, NOTE_SELECTOR } from './gridNavigation.ts'
import { keepFocusInGrid } from './keepFocus.ts'
import { bindNoteClipboard } from './noteClipboard.ts'
import { createNoteDrag } from './noteDrag.ts'
import { createSelectionBox } from './selectionBox.ts'
import { AddLaneRow, AddStageHeader } from './structure/AddStructure.tsx'
import { EmotionCurve } from './structure/EmotionCurve.tsx'
import { emotionByStage } from './structure/emotionByStage.ts'
import { LaneLabel } from './structure/LaneLabel.tsx'
import { createReorderDrag, LANE_DRAG_TYPE, STAGE_DRAG_TYPE } from './structure/reorder.ts'
import { StageHeader } from './structure/StageHeader.tsx'
import { createTouchCarry } from './touchCarry.ts'
import { zoomToStage } from './zoomToStage.ts'

export function Grid(props: { viewport: Viewport }) {
  const board = useBoard()
  const drag = createNoteDrag()
  const stageDrag = createReorderDrag(STAGE_DRAG_TYPE, 'x')
  const laneDrag = createReorderDrag(LANE_DRAG_TYPE, 'y')
  // Only the active map's stages and lanes; notes follow their cells.
  const stages = board.mapStages
  const lanes = board.mapLanes
  const emotions = createMemo(() => emotionByStage(stages(), lanes(), board.plainNotes()))
  const [activeCell, setActiveCell] = createSignal<string | null>(null)
  const firstCell = () => {
    const stage = stages()[0]
    const lane = lanes()[0]
    return stage && lane ? cellKey(stage.id, lane.id) : null
  }
  const isActive = (key: string) => (activeCell() ?? firstCell()) === key

  let grid!: HTMLDivElement
  const carry = createTouchCarry(board)
  const selectionBox = createSelectionBox(board.selection)
  const [announcement, setAnnouncement] = createSignal('')
  // Loaded on the first Alt+arrow: most people drag notes, and the board's first load stays lean.
  const moveByKey = async (noteId: string, key: string) => {
    const { moveNoteByKey } = await import('./keyboardMove.ts')
    // Emptied first, so the same words twice ("cannot move") are read out twice.
    setAnnouncement('')
    setAnnouncement(await moveNoteByKey(board, noteId, key, { stages: stages(), lanes: lanes() }))
    // In another cell the card is a new element: the focus goes back to it.
    grid.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(noteId)}"]`)?.focus()
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
      const next = arrowTarget(grid, note ?? cell, event.key, stages().length)
      if (!next) return
      event.preventDefault()
      next.focus()
      const nextId = next.dataset.noteId
      if (nextId) board.selection.select(nextId, event.shiftKey ? 'toggle' : 'replace')
      return
    }
    if (event.key === 'z' && !(event.ctrlKey || event.metaKey || event.altKey)) {
      event.preventDefault()
      zoomToStage(grid, props.viewport, cell.dataset.stageId ?? '')
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
          grid = element
          carry.attach(element)
          selectionBox.attach(element)
          keepFocusInGrid(element)
          bindNoteClipboard(board, element)
        }}
        class="grid"
        style={{ '--stage-count': String(stages().length), zoom: String(props.viewport.scale()) }}
        data-testid="board-grid"
        data-note-count={board.board.notes.length}
        onKeyDown={onKeyDown}
      >
        <div class="grid-corner" />
        <For each={stages()}>
          {(stage: Stage, index) => (
            <StageHeader
              stage={stage}
              index={index()}
              emotion={emotions().get(stage.id) ?? null}
              drag={stageDrag}
              onZoom={() => zoomToStage(grid, props.viewport, stage.id)}
            />
          )}
        </For>
        <AddStageHeader />
        <div class="lane-label curve-label">{t(STRUCTURE_MESSAGES).emotionCurve}</div>
        <EmotionCurve scores={stages().map((stage) => emotions().get(stage.id) ?? null)} />
        <div class="grid-filler" />
        <For each={lanes()}>
          {(lane: Lane) => (
            <>
              <LaneLabel lane={lane} label={laneLabel(lane, locale())} drag={laneDrag} />
              <For each={stages()}>
                {(stage: Stage) => {
                  const key = cellKey(stage.id, lane.id)
                  return (
                    <Cell
                      stage={stage}
                      lane={lane}
                      label={laneLabel(lane, locale())}
                      notes={board.notesIn(stage.id, lane.id)}
                      drag={drag}
                      scale={props.viewport.scale()}
                      active={isActive(key)}
                      onActivate={() => setActiveCell(key)}
                    />
                  )
                }}
              </For>
              <div class="grid-filler" />
            </>
          )}
        </For>
        <AddLaneRow />
      </div>
    </>
  )
}
