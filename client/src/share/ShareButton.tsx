import { can } from '@jm/shared'
import { createSignal, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { t } from '../i18n/locale.ts'
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
        {t().share}
      </button>
      <Show when={open()}>
        <ShareDialog onClose={() => setOpen(false)} />
      </Show>
    </Show>
  )
}
