import { createResource, For, Show } from 'solid-js'
import { workspaceApi } from '../api/workspaceApi.ts'
import { format, t } from '../i18n/i18n.ts'
import { WORKSPACE_MESSAGES } from '../i18n/workspaceMessages.ts'
import { colorFor } from '../presence/presenceState.ts'

/** Who joined the workspace's boards, under the names they gave, most recently seen first. */
export function WorkspacePeople(props: { workspace: string; token: string }) {
  const m = () => t(WORKSPACE_MESSAGES).people
  const [people] = createResource(
    async () => (await workspaceApi.people(props.workspace, props.token)).people,
  )
  return (
    <Show when={(people.latest ?? []).length > 0}>
      <details class="workspace-people" data-testid="workspace-people">
        <summary>{m().title((people.latest ?? []).length)}</summary>
        <ul>
          <For each={people.latest}>
            {(person) => (
              <li title={m().lastSeen(format().relativeTime(person.lastSeen))}>
                <span class="person-dot" style={{ background: colorFor(person.name) }} aria-hidden="true" />
                {person.name}
                <span class="muted"> · {format().relativeTime(person.lastSeen)}</span>
              </li>
            )}
          </For>
        </ul>
      </details>
    </Show>
  )
}
