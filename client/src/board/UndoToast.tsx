import { createEffect, createSignal, onCleanup, Show } from 'solid-js'
import { BOARD_MESSAGES, MAPS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { type Deleted, useBoard } from './BoardContext.tsx'

const VISIBLE_MS = 6000

const message = (deleted: Deleted) =>
  deleted.kind === 'notes'
    ? t(BOARD_MESSAGES).deletedNotes(deleted.count)
    : t(MAPS_MESSAGES).removed(deleted.name)

/** "3 notes deleted · Undo" (or a map removed), shown for a few seconds after each delete. */
export function UndoToast() {
  const board = useBoard()
  const [visible, setVisible] = createSignal(false)
  createEffect(() => {
    setVisible(board.lastDelete() !== null)
    if (!board.lastDelete()) return
    const timer = setTimeout(() => setVisible(false), VISIBLE_MS)
    onCleanup(() => clearTimeout(timer))
  })
  return (
    <Show when={visible() && board.lastDelete()}>
      {(deleted) => (
        <output class="toast" data-testid="undo-toast">
          {message(deleted().deleted)}
          <button
            type="button"
            class="link-button"
            data-testid="toast-undo"
            onClick={() => board.actions.undo()}
          >
            {t(BOARD_MESSAGES).undo}
          </button>
        </output>
      )}
    </Show>
  )
}
