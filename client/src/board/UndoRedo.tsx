import { Show } from 'solid-js'
import { t } from '../i18n/locale.ts'
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
          title={`${t().undo} (Ctrl+Z)`}
          aria-label={t().undo}
          disabled={!board.canUndo()}
          onClick={() => board.actions.undo()}
        >
          ↶
        </button>
        <button
          type="button"
          class="icon-button"
          data-testid="redo"
          title={`${t().redo} (Ctrl+Shift+Z)`}
          aria-label={t().redo}
          disabled={!board.canRedo()}
          onClick={() => board.actions.redo()}
        >
          ↷
        </button>
      </div>
    </Show>
  )
}
