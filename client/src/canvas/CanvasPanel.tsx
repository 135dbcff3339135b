import { createEffect, For, on, onCleanup, onMount, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { NOTE_DRAG_TYPE } from '../board/noteDrag.ts'
import { StatusBadge } from '../board/StatusBadge.tsx'
import { CANVAS_MESSAGES } from '../i18n/canvasMessages.ts'
import { CANVAS_TOGGLE_MESSAGES } from '../i18n/dictionaries.ts'
import { locale, t } from '../i18n/i18n.ts'
import { colorFor } from '../presence/presenceState.ts'
import { createSyncState } from '../primitives/createSyncState.ts'
import { journeyNotesOf } from './journeyNotes.ts'
import { configuredLicenceKey, licenceKeyMissing } from './licence.ts'
import { type CanvasIsland, mountCanvas } from './mountCanvas.ts'
import { showNoteOnMap } from './showNoteOnMap.ts'
import './canvas.css'

const PICKER_TEXT_CHARS = 48

/**
 * The freeform canvas beside the map, loaded only when opened (BoardShell imports this module lazily,
 * so tldraw and React never reach the board's first load). It lives in the `<board>.canvas` room: a
 * Y.Doc of its own with its own IndexedDB copy, so a large canvas never slows the map's sync, at the
 * cost of one more socket while the canvas is open.
 */
export default function CanvasPanel() {
  const board = useBoard()
  const labels = () => t(CANVAS_MESSAGES)
  const readOnly = !board.canEdit()
  const actorId = board.connection.origin.actorId
  const canvas = board.session.openCanvas()
  const sync = createSyncState(canvas)
  const notes = journeyNotesOf(board.connection.doc, showNoteOnMap)
  const licenceKey = configuredLicenceKey()
  const keyMissing = licenceKeyMissing(location, licenceKey, import.meta.env.PROD)
  if (keyMissing) {
    console.warn(
      'tldraw: no licence key. On this HTTPS host tldraw hides the canvas after 5 s. Set VITE_TLDRAW_LICENSE_KEY when building the client (see README, "Canvas (tldraw) and its licence key").',
    )
  }

  let host!: HTMLDivElement
  let island: CanvasIsland | undefined
  let disposed = false
  onMount(() => {
    void canvas.whenLocalLoaded.then(() => {
      if (disposed) return
      island = mountCanvas({
        element: host,
        canvas,
        notes,
        user: { id: actorId, name: board.author, color: colorFor(board.author) },
        readOnly,
        locale: locale(),
        labels: labels(),
        licenceKey,
      })
    })
    // A note dragged from the map is dropped onto the canvas as a live reference. Capture phase, so
    // tldraw's own drop handling (files and links) never sees it.
    const isNoteDrag = (event: DragEvent) => !readOnly && !!event.dataTransfer?.types.includes(NOTE_DRAG_TYPE)
    const onDragOver = (event: DragEvent) => {
      if (!isNoteDrag(event) || !event.dataTransfer) return
      event.preventDefault()
      event.stopPropagation()
      event.dataTransfer.dropEffect = 'move'
    }
    const onDrop = (event: DragEvent) => {
      if (!isNoteDrag(event)) return
      event.preventDefault()
      event.stopPropagation()
      // The map drags every selected note at once (ids joined by commas); place each, stepped down.
      const noteIds = (event.dataTransfer?.getData(NOTE_DRAG_TYPE) ?? '').split(',').filter(Boolean)
      noteIds.forEach((noteId, index) => {
        island?.placeNote(noteId, { x: event.clientX + index * 24, y: event.clientY + index * 24 })
      })
    }
    host.addEventListener('dragover', onDragOver, true)
    host.addEventListener('drop', onDrop, true)
    // tldraw's shortcuts listen on <body>; the map's (Ctrl+Z undoes map edits, Space pans) on window.
    // Stopping canvas keystrokes at the document lets tldraw have them and keeps them off the map.
    const keepKeysOnCanvas = (event: KeyboardEvent) => {
      if (event.target instanceof Node && host.contains(event.target)) event.stopPropagation()
    }
    document.addEventListener('keydown', keepKeysOnCanvas)
    document.addEventListener('keyup', keepKeysOnCanvas)
    onCleanup(() => {
      document.removeEventListener('keydown', keepKeysOnCanvas)
      document.removeEventListener('keyup', keepKeysOnCanvas)
    })
  })
  createEffect(on(locale, (next) => island?.setLanguage(next, labels()), { defer: true }))
  onCleanup(() => {
    disposed = true
    island?.destroy()
    notes.destroy()
    board.session.close(canvas)
  })

  return (
    <section class="canvas-panel" data-testid="canvas-panel">
      <header class="canvas-bar">
        <h2 class="canvas-title">{t(CANVAS_TOGGLE_MESSAGES).title}</h2>
        <Show when={!readOnly} fallback={<span class="chip readonly">{labels().readOnly}</span>}>
          <select
            class="canvas-place-note"
            data-testid="canvas-place-note"
            aria-label={labels().placeNote}
            value=""
            onChange={(event) => {
              const noteId = event.currentTarget.value
              event.currentTarget.value = ''
              if (noteId) island?.placeNote(noteId)
            }}
          >
            <option value="">{board.board.notes.length ? labels().placeNote : labels().noNotes}</option>
            <For each={board.board.notes}>
              {(note) => <option value={note.id}>{note.text.slice(0, PICKER_TEXT_CHARS) || '…'}</option>}
            </For>
          </select>
        </Show>
        <span class="spacer" />
        <StatusBadge state={sync.state()} pending={sync.pending()} />
      </header>
      <Show when={keyMissing}>
        <p class="banner canvas-licence" data-testid="canvas-licence-missing">
          {labels().licenceMissing}
        </p>
      </Show>
      <div class="canvas-host" ref={host} data-testid="canvas-host" />
    </section>
  )
}
