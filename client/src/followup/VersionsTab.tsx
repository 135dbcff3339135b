import { can, diffBoards, MAX_VERSION_NAME, readBoard } from '@jm/shared'
import type { VersionMeta } from '@jm/shared/api'
import { createResource, createSignal, For, Show } from 'solid-js'
import * as Y from 'yjs'
import { api } from '../api/apiClient.ts'
import { useBoard } from '../board/BoardContext.tsx'
import { FOLLOW_UP_MESSAGES } from '../i18n/dictionaries.ts'
import { format, t } from '../i18n/i18n.ts'

export function VersionsTab() {
  const board = useBoard()
  const m = () => t(FOLLOW_UP_MESSAGES).versions
  const facilitator = can(board.role, 'manageVersions')
  const [versions, { refetch }] = createResource(
    async () => (await api.listVersions(board.boardId, board.token)).versions,
  )
  const [name, setName] = createSignal('')
  const [message, setMessage] = createSignal('')
  const [comparison, setComparison] = createSignal<{ id: string; text: string } | null>(null)
  const attempt = async (run: () => Promise<void>) => {
    setMessage('')
    try {
      await run()
    } catch (error) {
      setMessage(m().failed((error as Error).message))
    }
  }
  const compare = (version: VersionMeta) =>
    attempt(async () => {
      const then = new Y.Doc()
      Y.applyUpdate(then, await api.openVersion(board.boardId, board.token, version.id))
      const diff = diffBoards(readBoard(then), readBoard(board.connection.doc))
      then.destroy()
      const count = (kind: string) => diff.notes.filter((change) => change.kind === kind).length
      setComparison({
        id: version.id,
        text: m().comparison(count('added'), count('edited'), count('moved'), count('removed')),
      })
    })
  const restore = (version: VersionMeta) =>
    attempt(async () => {
      if (!confirm(m().confirmRestore(version.name))) return
      await api.restoreVersion(board.boardId, board.token, version.id)
      setMessage(m().restored)
    })

  return (
    <div class="versions-tab">
      <Show when={facilitator} fallback={<p class="muted">{m().onlyFacilitator}</p>}>
        <form
          class="version-save"
          onSubmit={(event) => {
            event.preventDefault()
            void attempt(async () => {
              await api.saveVersion(board.boardId, board.token, name().trim())
              setName('')
              await refetch()
            })
          }}
        >
          <input
            required
            maxLength={MAX_VERSION_NAME}
            aria-label={m().name}
            placeholder={m().namePlaceholder}
            value={name()}
            data-testid="version-name"
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <button type="submit" class="primary" data-testid="version-save">
            {m().save}
          </button>
        </form>
      </Show>
      <Show when={message()}>
        <p class="followup-message" data-testid="version-message">
          {message()}
        </p>
      </Show>
      <Show when={(versions() ?? []).length > 0} fallback={<p class="muted">{m().none}</p>}>
        <ul class="versions">
          <For each={versions()}>
            {(version) => (
              <li data-testid="version">
                <div>
                  <strong>{version.name}</strong>
                  <span class="muted">
                    {format().dateTime(version.createdAt)} · {m().savedBy(version.author || '—')}
                  </span>
                </div>
                <div class="version-actions">
                  <button
                    type="button"
                    class="toolbar-button"
                    data-testid="version-compare"
                    onClick={() => void compare(version)}
                  >
                    {m().compare}
                  </button>
                  <Show when={facilitator}>
                    <button
                      type="button"
                      class="toolbar-button"
                      data-testid="version-restore"
                      onClick={() => void restore(version)}
                    >
                      {m().restore}
                    </button>
                  </Show>
                </div>
                <Show when={comparison()?.id === version.id}>
                  <p class="muted" data-testid="version-comparison">
                    {comparison()?.text}
                  </p>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  )
}
