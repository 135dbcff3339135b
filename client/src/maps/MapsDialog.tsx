import { For, onMount } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { BOARD_MESSAGES, MAPS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { AddMapForm } from './AddMapForm.tsx'
import { MapRow } from './MapRow.tsx'
import './maps.css'

/** The board's maps: open, rename, duplicate, reorder, remove, and add one. Loaded when first opened. */
export default function MapsDialog(props: { onClose: () => void }) {
  const board = useBoard()
  let dialog!: HTMLDialogElement
  onMount(() => dialog.showModal())
  return (
    <dialog
      ref={dialog}
      class="dialog maps-dialog"
      data-testid="maps-dialog"
      aria-labelledby="maps-dialog-title"
      onClose={() => props.onClose()}
      // The dialog closes itself on Escape; the page must not also close a side panel with it.
      onKeyDown={(event) => event.key === 'Escape' && event.stopPropagation()}
    >
      <h2 id="maps-dialog-title">{t(MAPS_MESSAGES).dialogTitle}</h2>
      <ol class="map-list">
        <For each={board.board.maps}>
          {(map, index) => <MapRow map={map} index={index()} onOpened={() => dialog.close()} />}
        </For>
      </ol>
      <AddMapForm onAdded={() => dialog.close()} />
      <form method="dialog" class="dialog-actions">
        <button type="submit" class="toolbar-button">
          {t(BOARD_MESSAGES).close}
        </button>
      </form>
    </dialog>
  )
}
