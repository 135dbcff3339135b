import { MAX_NAME_LENGTH } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { workspaceApi } from '../api/workspaceApi.ts'
import { format, locale, t } from '../i18n/i18n.ts'
import { WORKSPACE_MESSAGES } from '../i18n/workspaceMessages.ts'
import { rememberedWorkspaces, rememberWorkspace, workspaceLink } from '../session/rememberedWorkspaces.ts'

/** The landing page's workspaces: those this device opened, and a form for a new one (its owner link opens). */
export default function LandingWorkspaces(props: { navigate: (path: string) => void }) {
  const m = () => t(WORKSPACE_MESSAGES).landing
  const [name, setName] = createSignal('')
  const [error, setError] = createSignal('')
  const known = rememberedWorkspaces()
  const create = async (event: SubmitEvent) => {
    event.preventDefault()
    setError('')
    try {
      const created = await workspaceApi.create({ name: name().trim(), locale: locale() })
      rememberWorkspace({
        id: created.id,
        name: created.name,
        token: created.tokens.owner,
        openedAt: Date.now(),
      })
      props.navigate(created.links.owner)
    } catch (failure) {
      setError(t(WORKSPACE_MESSAGES).failed(String((failure as Error).message ?? failure)))
    }
  }
  return (
    <section class="panel recent landing-workspaces" data-testid="landing-workspaces">
      <h2>{m().title}</h2>
      <Show when={known.length > 0} fallback={<p class="muted">{m().none}</p>}>
        <ul>
          <For each={known}>
            {(workspace) => (
              <li>
                <a
                  href={workspaceLink(workspace)}
                  onClick={(e) => {
                    e.preventDefault()
                    props.navigate(workspaceLink(workspace))
                  }}
                >
                  {workspace.name}
                </a>
                <span class="muted">{format().relativeTime(workspace.openedAt)}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form onSubmit={create} class="landing-workspace-form">
        <label>
          {m().name}
          <input
            required
            placeholder={m().namePlaceholder}
            value={name()}
            maxLength={MAX_NAME_LENGTH}
            onInput={(e) => setName(e.currentTarget.value)}
            data-testid="workspace-name-input"
          />
        </label>
        <button type="submit" class="primary" data-testid="create-workspace">
          {m().create}
        </button>
        <Show when={error()}>
          <p class="error">{error()}</p>
        </Show>
      </form>
    </section>
  )
}
