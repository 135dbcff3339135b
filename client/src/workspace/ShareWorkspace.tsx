import { createSignal, For } from 'solid-js'
import { t } from '../i18n/i18n.ts'
import { WORKSPACE_MESSAGES } from '../i18n/workspaceMessages.ts'

/** The owner's view of both workspace links, each with a copy button. */
export function ShareWorkspace(props: { links: { owner: string; member: string } }) {
  const [copied, setCopied] = createSignal('')
  const m = () => t(WORKSPACE_MESSAGES).share
  const roles = ['member', 'owner'] as const
  return (
    <details class="share-workspace">
      <summary>{m().title}</summary>
      <For each={roles}>
        {(role) => {
          const url = () => new URL(props.links[role], location.origin).href
          return (
            <label>
              {m()[role]}
              <span class="link-row">
                <input readOnly value={url()} onFocus={(e) => e.currentTarget.select()} />
                <button
                  type="button"
                  onClick={() => void navigator.clipboard?.writeText(url()).then(() => setCopied(role))}
                >
                  {copied() === role ? m().copied : m().copy}
                </button>
              </span>
            </label>
          )
        }}
      </For>
    </details>
  )
}
