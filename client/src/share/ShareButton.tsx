import { can } from '@jm/shared'
import { createSignal, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { ShareDialog } from './ShareDialog.tsx'

export function ShareButton() {
  const board = useBoard()
  const [open, setOpen] = createSignal(false)
  return (
    <Show when={can(board.role, 'manageLinks')}>
      <button
        type="button"
        class="toolbar-button primary-soft"
        data-testid="share"
        onClick={() => setOpen(true)}
      >
        {t(BOARD_MESSAGES).share}
      </button>
      <Show when={open()}>
        <ShareDialog onClose={() => setOpen(false)} />
      </Show>
    </Show>
  )
}
