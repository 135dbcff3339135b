import { createSignal, onMount, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { APP_MESSAGES, IO_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

/**
 * Shown once the relay says someone deleted the board. This device's copy may hold the only record
 * of work never synced, so nothing is forgotten until the person chooses; until then the board stays
 * on screen behind the modal dialog, and the board page makes it read-only.
 */
export function BoardDeletedDialog() {
  const board = useBoard()
  const [busy, setBusy] = createSignal<'export' | 'forget' | null>(null)
  // The reason; the sentence around it follows the language switch.
  const [failure, setFailure] = createSignal('')
  let dialog: HTMLDialogElement | undefined
  onMount(() => dialog?.showModal())

  const exportCopy = async () => {
    setBusy('export')
    setFailure('')
    try {
      // Loaded only here: no other board ever needs it, and the first load has a budget.
      const { exportLocalCopy } = await import('../io/exportLocalCopy.ts')
      await exportLocalCopy(board.boardId, board.connection.doc)
    } catch (error) {
      setFailure((error as Error).message)
    } finally {
      setBusy(null)
    }
  }
  const forget = async () => {
    setBusy('forget')
    await board.session.forget()
    location.assign('/')
  }

  return (
    <dialog
      ref={dialog}
      class="panel confirm-dialog"
      data-testid="board-deleted-dialog"
      // Escape would leave a read-only board with no way to choose.
      onCancel={(event) => event.preventDefault()}
    >
      <h2>{t(APP_MESSAGES).boardDeleted.title}</h2>
      <p>{t(APP_MESSAGES).boardDeleted.explain(board.board.meta.title)}</p>
      <Show when={failure()}>
        <p class="error">{t(IO_MESSAGES).exportFailed(failure())}</p>
      </Show>
      <div class="dialog-actions">
        <button
          type="button"
          class="danger"
          data-testid="board-deleted-forget"
          disabled={busy() !== null}
          onClick={forget}
        >
          {t(APP_MESSAGES).boardDeleted.forget}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="board-deleted-export"
          disabled={busy() !== null}
          // The safe choice has the focus, so a stray Enter cannot forget the copy.
          autofocus
          onClick={exportCopy}
        >
          {busy() === 'export'
            ? t(APP_MESSAGES).boardDeleted.exporting
            : t(APP_MESSAGES).boardDeleted.exportCopy}
        </button>
      </div>
    </dialog>
  )
}
