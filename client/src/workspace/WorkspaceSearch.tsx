import type { SearchHit } from '@jm/shared/api/workspaces'
import { createSignal, For, onCleanup, Show } from 'solid-js'
import { workspaceApi } from '../api/workspaceApi.ts'
import { t } from '../i18n/i18n.ts'
import { WORKSPACE_MESSAGES } from '../i18n/workspaceMessages.ts'

/** Wait after the last keystroke before asking the server, so typing a word sends one query. */
const TYPING_PAUSE_MS = 250

/** The search box over every board of the workspace; a hit opens its board (the note selected). */
export function WorkspaceSearch(props: {
  workspace: string
  token: string
  onOpen: (hit: SearchHit) => void
  onError: (error: unknown) => void
}) {
  const [query, setQuery] = createSignal('')
  const [hits, setHits] = createSignal<SearchHit[] | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: AbortController | undefined
  onCleanup(() => {
    clearTimeout(timer)
    inFlight?.abort()
  })
  const run = async (q: string) => {
    inFlight?.abort()
    if (!q.trim()) {
      setHits(null)
      return
    }
    const controller = new AbortController()
    inFlight = controller
    try {
      const answer = await workspaceApi.search(props.workspace, props.token, q.trim(), controller.signal)
      if (!controller.signal.aborted) setHits(answer.hits)
    } catch (error) {
      if (!controller.signal.aborted) props.onError(error)
    }
  }
  const m = () => t(WORKSPACE_MESSAGES)
  return (
    <section class="workspace-search">
      <input
        type="search"
        placeholder={m().searchHint}
        aria-label={m().search}
        value={query()}
        maxLength={200}
        onInput={(e) => {
          setQuery(e.currentTarget.value)
          clearTimeout(timer)
          timer = setTimeout(() => void run(query()), TYPING_PAUSE_MS)
        }}
        data-testid="workspace-search"
      />
      <Show when={hits()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="muted">{m().noHits}</p>}>
            <ul class="search-hits" data-testid="search-hits">
              <For each={list()}>
                {(hit) => (
                  <li>
                    <button type="button" onClick={() => props.onOpen(hit)}>
                      <span class="hit-kind">{m().kinds[hit.kind]}</span>
                      <span class="hit-board">{hit.boardTitle || m().card.untitled}</span>
                      <span class="hit-snippet">{hit.snippet}</span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  )
}
