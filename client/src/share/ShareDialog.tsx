import { ROLES, type Role } from '@jm/shared'
import { createResource, For, onMount, Show } from 'solid-js'
import { api } from '../api/apiClient.ts'
import { useBoard } from '../board/BoardContext.tsx'
import { APP_MESSAGES, BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

export function ShareDialog(props: { onClose: () => void }) {
  const board = useBoard()
  const [links] = createResource(() => api.shareLinks(board.boardId, board.token))
  let dialog!: HTMLDialogElement
  onMount(() => dialog.showModal())
  const absolute = (path: string) => new URL(path, location.origin).href
  const copy = (role: Role, input: HTMLInputElement) => {
    input.select()
    void navigator.clipboard?.writeText(input.value).catch(() => undefined)
    input.dataset.copied = role
  }
  return (
    <dialog ref={dialog} class="dialog" data-testid="share-dialog" onClose={props.onClose}>
      <h2>{t(BOARD_MESSAGES).shareTitle}</h2>
      <p class="muted">{t(BOARD_MESSAGES).shareHint}</p>
      <Show when={!links.error} fallback={<p class="error">{t(BOARD_MESSAGES).shareOffline}</p>}>
        <Show when={links()} fallback={<p class="muted">{t(APP_MESSAGES).loading}</p>}>
          {(current) => (
            <For each={ROLES}>
              {(role) => {
                let input!: HTMLInputElement
                return (
                  <div class="share-row">
                    <span class="share-role">
                      <strong>{t(APP_MESSAGES).roles[role]}</strong>
                      <span class="muted">{t(BOARD_MESSAGES).roleHints[role]}</span>
                    </span>
                    <input
                      ref={input}
                      readOnly
                      value={absolute(current().links[role])}
                      data-testid={`share-link-${role}`}
                    />
                    <button type="button" class="toolbar-button" onClick={() => copy(role, input)}>
                      {t(BOARD_MESSAGES).copy}
                    </button>
                  </div>
                )
              }}
            </For>
          )}
        </Show>
      </Show>
      <form method="dialog" class="dialog-actions">
        <button type="submit" class="primary">
          {t(BOARD_MESSAGES).close}
        </button>
      </form>
    </dialog>
  )
}
