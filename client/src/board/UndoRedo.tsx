import { Show } from 'solid-js'
import { BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { useBoard } from './BoardContext.tsx'

export function UndoRedo() {
  const board = useBoard()
  return (
    <Show when={board.canEdit()}>
      <div class="button-group">
        <button
          type="button"
          class="icon-button"
          data-testid="undo"
          title={`${t(BOARD_MESSAGES).undo} (Ctrl+Z)`}
          aria-label={t(BOARD_MESSAGES).undo}
          disabled={!board.canUndo()}
          onClick={() => board.actions.undo()}
        >
          ↶
        </button>
        <button
          type="button"
          class="icon-button"
          data-testid="redo"
          title={`${t(BOARD_MESSAGES).redo} (Ctrl+Shift+Z)`}
          aria-label={t(BOARD_MESSAGES).redo}
          disabled={!board.canRedo()}
          onClick={() => board.actions.redo()}
        >
          ↷
        </button>
      </div>
    </Show>
  )
}
