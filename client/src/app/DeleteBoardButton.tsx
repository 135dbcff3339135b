import { createSignal, Show } from 'solid-js'
import { api } from '../api/apiClient.ts'
import { useBoard } from '../board/BoardContext.tsx'
import { APP_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { savedParticipantToken } from '../session/participantTokens.ts'

/**
 * "Delete board" for facilitators, behind a confirmation dialog. The server deletes the board for
 * everyone and closes their sockets; this device then forgets every local copy of it and its link.
 */
export function DeleteBoardButton(props: { boardId: string }) {
  const board = useBoard()
  // The server's reason; the sentence around it follows the language switch.
  const [failure, setFailure] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  let dialog: HTMLDialogElement | undefined

  const confirmDeletion = async () => {
    setBusy(true)
    setFailure('')
    // Off the relay first: the 4410 it sends every socket of the board would otherwise read, on this
    // very page, as news that someone else deleted it.
    board.session.disconnect()
    try {
      await api.deleteBoard(props.boardId, savedParticipantToken(props.boardId) ?? '')
    } catch (error) {
      board.session.reconnect()
      setFailure((error as Error).message)
      setBusy(false)
      return
    }
    await board.session.forget()
    location.assign('/')
  }

  return (
    <Show when={board.role === 'facilitator'}>
      <button
        type="button"
        class="danger-link"
        data-testid="delete-board"
        onClick={() => dialog?.showModal()}
      >
        {t(APP_MESSAGES).deleteBoard.action}
      </button>
      <dialog ref={dialog} class="panel confirm-dialog" data-testid="delete-board-dialog">
        <h2>{t(APP_MESSAGES).deleteBoard.question}</h2>
        <p>{t(APP_MESSAGES).deleteBoard.explain(board.board.meta.title)}</p>
        <Show when={failure()}>
          <p class="error">{t(APP_MESSAGES).deleteBoard.failed(failure())}</p>
        </Show>
        <div class="dialog-actions">
          <button type="button" data-testid="delete-board-cancel" onClick={() => dialog?.close()}>
            {t(APP_MESSAGES).deleteBoard.cancel}
          </button>
          <button
            type="button"
            class="danger"
            data-testid="delete-board-confirm"
            disabled={busy()}
            onClick={confirmDeletion}
          >
            {t(APP_MESSAGES).deleteBoard.confirm}
          </button>
        </div>
      </dialog>
    </Show>
  )
}
