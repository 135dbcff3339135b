import { MAP_TYPES, MAX_NAME_LENGTH, type MapType } from '@jm/shared'
import { TEMPLATES } from '@jm/shared/templates'
import { createSignal, For } from 'solid-js'
import { workspaceApi } from '../api/workspaceApi.ts'
import { APP_MESSAGES } from '../i18n/dictionaries.ts'
import { locale, t } from '../i18n/i18n.ts'
import { WORKSPACE_MESSAGES } from '../i18n/workspaceMessages.ts'
import { mapTypeName } from './BoardCard.tsx'

/** "New board" in the workspace: created with the workspace token, then opened as its facilitator. */
export function NewBoardForm(props: {
  token: string
  onCreated: (link: string) => void
  onError: (e: unknown) => void
}) {
  const [title, setTitle] = createSignal('')
  const [template, setTemplate] = createSignal(TEMPLATES[0]?.id ?? '')
  const [mapType, setMapType] = createSignal<MapType>('currentState')
  const [busy, setBusy] = createSignal(false)
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const created = await workspaceApi.createBoard(props.token, {
        title: title().trim() || undefined,
        template: template(),
        mapType: mapType(),
        locale: locale(),
      })
      props.onCreated(created.links.facilitator)
    } catch (error) {
      props.onError(error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form class="new-board" onSubmit={submit} data-testid="workspace-new-board">
      <input
        placeholder={t(WORKSPACE_MESSAGES).newBoardTitle}
        aria-label={t(WORKSPACE_MESSAGES).newBoardTitle}
        value={title()}
        maxLength={MAX_NAME_LENGTH}
        onInput={(e) => setTitle(e.currentTarget.value)}
        data-testid="workspace-new-board-title"
      />
      <select
        value={template()}
        onChange={(e) => setTemplate(e.currentTarget.value)}
        aria-label={t(APP_MESSAGES).template}
      >
        <For each={TEMPLATES}>{(item) => <option value={item.id}>{t(item.name)}</option>}</For>
      </select>
      <select
        value={mapType()}
        onChange={(e) => setMapType(e.currentTarget.value as MapType)}
        aria-label={t(APP_MESSAGES).mapType}
      >
        <For each={MAP_TYPES}>{(type) => <option value={type}>{mapTypeName(type)}</option>}</For>
      </select>
      <button type="submit" class="primary" disabled={busy()}>
        {t(WORKSPACE_MESSAGES).newBoard}
      </button>
    </form>
  )
}
