import type { Note } from '@jm/shared'
import { Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { ACTIONS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

/** A note an action addresses: a click selects it on the board (on its own map) and brings it into view. */
export function NoteLink(props: { note: Note; onUnlink?: () => void }) {
  const board = useBoard()
  const text = () => props.note.text.trim() || '…'
  const select = () => {
    const mapId = board.board.stages.find((stage) => stage.id === props.note.stageId)?.mapId
    if (mapId) board.setActiveMapId(mapId)
    board.selection.select(props.note.id)
    // After the grid has drawn the map it may just have switched to.
    requestAnimationFrame(() =>
      document
        .querySelector(`[data-testid="note"][data-note-id="${props.note.id}"]`)
        ?.scrollIntoView({ block: 'center', inline: 'center' }),
    )
  }
  return (
    <span class="action-note">
      <button
        type="button"
        data-testid="action-note"
        title={t(ACTIONS_MESSAGES).selectNote(text())}
        onClick={select}
      >
        {text()}
      </button>
      <Show when={props.onUnlink}>
        {(unlink) => (
          <button
            type="button"
            class="action-unlink"
            aria-label={t(ACTIONS_MESSAGES).unlink}
            title={t(ACTIONS_MESSAGES).unlink}
            onClick={() => unlink()()}
          >
            ×
          </button>
        )}
      </Show>
    </span>
  )
}
