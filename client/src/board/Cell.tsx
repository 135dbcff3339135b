import type { Lane, Note, Stage } from '@jm/shared'
import { createMemo, For, onMount, Show } from 'solid-js'
import { APP_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { useBoard } from './BoardContext.tsx'
import { createNoteWindow, EAGER_BOARD_NOTES, ESTIMATED_NOTE_HEIGHT } from './createNoteWindow.ts'
import { carriesFiles, filesOf } from './evidence/filesOf.ts'
import { dropIndex, dropLineOffset } from './gridNavigation.ts'
import { NoteCard } from './NoteCard.tsx'
import { NOTE_DRAG_TYPE, type NoteDrag } from './noteDrag.ts'

interface Props {
  stage: Stage
  lane: Lane
  label: string
  /** Plain, in display order (see BoardContext's notesIn). */
  notes: readonly Note[]
  drag: NoteDrag
  scale: number
  active: boolean
  onActivate: () => void
}

export function Cell(props: Props) {
  const board = useBoard()
  const noteWindow = createNoteWindow(
    () => props.notes.length,
    () => board.board.notes.length <= EAGER_BOARD_NOTES,
  )
  // Only the notes rendered get the store's reactive view (a big cell holds far more).
  const shown = createMemo(() => props.notes.slice(0, noteWindow.shown()).map(board.liveNote))
  let sentinel!: HTMLDivElement
  onMount(() => noteWindow.watch(sentinel.parentElement as HTMLElement, sentinel))
  const accepts = (event: DragEvent) =>
    board.canEdit() && (event.dataTransfer?.types.includes(NOTE_DRAG_TYPE) ?? false)
  const line = () => props.drag.lineIn(props.stage.id, props.lane.id)
  /** One note per file, named after it, with the file attached (uploaded, or waiting when offline). */
  const dropFiles = (files: readonly File[], index: number) => {
    const notes = files.map((file) => ({ text: file.name.replace(/\.[^.]+$/, '') || file.name }))
    const ids = board.actions.pasteNotes(props.stage.id, props.lane.id, index, notes)
    ids.forEach((id, i) => {
      const file = files[i]
      if (file) void board.evidence.attachFiles('note', id, [file])
    })
  }
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the grid handles the keyboard for every cell (arrows, N, Enter)
    <section
      class={`cell lane-${props.lane.kind}${line() ? ' drop-target' : ''}`}
      data-testid="cell"
      data-cell=""
      data-stage-id={props.stage.id}
      data-lane-id={props.lane.id}
      aria-label={`${props.stage.name} · ${props.label}`}
      tabIndex={props.active ? 0 : -1}
      onFocusIn={props.onActivate}
      onDblClick={(event) => {
        if (event.target === event.currentTarget) board.actions.addNote(props.stage.id, props.lane.id)
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget && !(event.shiftKey || event.metaKey || event.ctrlKey))
          board.selection.clear()
      }}
      onDragOver={(event) => {
        // Files dropped on a cell's free space become notes (a note under the pointer takes them itself).
        if (board.canEdit() && carriesFiles(event.dataTransfer)) {
          event.preventDefault()
          return
        }
        if (!accepts(event)) return
        event.preventDefault()
        const cell = event.currentTarget
        const index = dropIndex(cell, event.clientY, props.drag.dragged())
        props.drag.show({
          stageId: props.stage.id,
          laneId: props.lane.id,
          index,
          offset: dropLineOffset(cell, index, props.drag.dragged(), props.scale),
        })
      }}
      onDragLeave={(event) => {
        const next = event.relatedTarget as Node | null
        if (!next || !event.currentTarget.contains(next)) props.drag.hide()
      }}
      onDrop={(event) => {
        const files = filesOf(event.dataTransfer)
        if (files.length > 0 && board.canEdit()) {
          event.preventDefault()
          dropFiles(files, dropIndex(event.currentTarget, event.clientY, new Set()))
          return
        }
        const raw = event.dataTransfer?.getData(NOTE_DRAG_TYPE)
        props.drag.end()
        if (!raw || !board.canEdit()) return
        event.preventDefault()
        const ids = raw.split(',').filter(Boolean)
        const index = dropIndex(event.currentTarget, event.clientY, new Set(ids))
        board.actions.moveNotes(ids, props.stage.id, props.lane.id, index)
      }}
    >
      <For each={shown()}>{(note) => <NoteCard note={note} drag={props.drag} />}</For>
      <div
        ref={sentinel}
        class="note-window-rest"
        style={{ height: `${noteWindow.hidden() * ESTIMATED_NOTE_HEIGHT}px` }}
        aria-hidden="true"
      />
      <Show when={line()}>
        {(current) => (
          <div class="drop-line" data-testid="drop-line" style={{ top: `${current().offset}px` }} />
        )}
      </Show>
      <Show when={board.canEdit()}>
        <button
          type="button"
          class="cell-add"
          data-testid="add-note"
          tabIndex={-1}
          title={t(APP_MESSAGES).addNote}
          aria-label={t(APP_MESSAGES).addNote}
          onClick={() => board.actions.addNote(props.stage.id, props.lane.id)}
        >
          +
        </button>
      </Show>
    </section>
  )
}
