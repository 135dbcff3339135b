import {
  MAP_TYPES,
  MAX_FIELD_LENGTH,
  MAX_NAME_LENGTH,
  type MapType,
  PERSONA_ROLES,
  type PersonaRole,
} from '@jm/shared'
import { findTemplate, TEMPLATES } from '@jm/shared/templates'
import { createSignal, For, onMount, Show } from 'solid-js'
import { api } from '../api/apiClient.ts'
import { APP_MESSAGES, HEADER_MESSAGES, MAP_TYPE_LABELS, PERSONA_ROLE_LABELS } from '../i18n/dictionaries.ts'
import { format, locale, t } from '../i18n/i18n.ts'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { ImportBoard } from '../io/ImportBoard.tsx'
import { registerOfflineShell } from '../offlineShell.ts'
import { recentBoards } from '../session/recentBoards.ts'
import { LandingWorkspaces } from '../workspace/lazyWorkspace.ts'

export function Landing(props: { navigate: (path: string) => void }) {
  const [title, setTitle] = createSignal('')
  const [template, setTemplate] = createSignal(TEMPLATES[0]?.id ?? '')
  // null until the person picks a type: the template's own type then applies (seed 003's SaaS
  // journey is a loop, seed 000's repurchase journey a tactical sub-journey).
  const [chosenType, setChosenType] = createSignal<MapType | null>(null)
  const mapType = () => chosenType() ?? findTemplate(template())?.mapType ?? 'currentState'
  const [personaName, setPersonaName] = createSignal('')
  const [personaRole, setPersonaRole] = createSignal<PersonaRole>('decisionMaker')
  const [segment, setSegment] = createSignal('')
  const [error, setError] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const recent = recentBoards()
  onMount(registerOfflineShell)

  const create = async (event: SubmitEvent) => {
    event.preventDefault()
    setBusy(true)
    setError('')
    try {
      const created = await api.createBoard({
        title: title().trim() || undefined,
        template: template(),
        mapType: chosenType() ?? undefined,
        locale: locale(),
        persona: personaName().trim() ? { name: personaName().trim(), role: personaRole() } : undefined,
        segment: segment().trim() || undefined,
      })
      props.navigate(created.links.facilitator)
    } catch (failure) {
      setError(String((failure as Error).message ?? failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main class="landing">
      <header class="landing-top">
        <h1 class="brand-name">
          <img src="/favicon.svg" alt="" width="26" height="26" /> {t(APP_MESSAGES).appName}
        </h1>
        <LanguageSwitch />
      </header>
      <p class="tagline">{t(APP_MESSAGES).tagline}</p>
      <div class="landing-columns">
        <form class="panel" onSubmit={create} data-testid="create-form">
          <label>
            {t(APP_MESSAGES).boardTitle}
            <input
              data-testid="board-title-input"
              placeholder={t(APP_MESSAGES).boardTitlePlaceholder}
              value={title()}
              maxLength={MAX_NAME_LENGTH}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          </label>
          <label>
            {t(APP_MESSAGES).template}
            <select
              value={template()}
              onChange={(e) => setTemplate(e.currentTarget.value)}
              data-testid="template"
            >
              <For each={TEMPLATES}>{(item) => <option value={item.id}>{t(item.name)}</option>}</For>
            </select>
          </label>
          <label>
            {t(APP_MESSAGES).mapType}
            <select
              value={mapType()}
              onChange={(e) => setChosenType(e.currentTarget.value as MapType)}
              data-testid="map-type-select"
            >
              <For each={MAP_TYPES}>{(type) => <option value={type}>{t(MAP_TYPE_LABELS)[type]}</option>}</For>
            </select>
          </label>
          <fieldset class="audience-fields">
            <legend>{t(HEADER_MESSAGES).audience}</legend>
            <div class="field-row">
              <label>
                {t(HEADER_MESSAGES).persona}
                <input
                  data-testid="new-board-persona"
                  placeholder={t(HEADER_MESSAGES).personaNameHint}
                  value={personaName()}
                  maxLength={MAX_NAME_LENGTH}
                  onInput={(e) => setPersonaName(e.currentTarget.value)}
                />
              </label>
              <label>
                {t(HEADER_MESSAGES).personaRole}
                <select
                  data-testid="new-board-persona-role"
                  value={personaRole()}
                  disabled={!personaName().trim()}
                  onChange={(e) => setPersonaRole(e.currentTarget.value as PersonaRole)}
                >
                  <For each={PERSONA_ROLES}>
                    {(role) => <option value={role}>{t(PERSONA_ROLE_LABELS)[role]}</option>}
                  </For>
                </select>
              </label>
            </div>
            <label>
              {t(HEADER_MESSAGES).segment}
              <input
                data-testid="new-board-segment"
                placeholder={t(HEADER_MESSAGES).segmentHint}
                value={segment()}
                maxLength={MAX_FIELD_LENGTH}
                onInput={(e) => setSegment(e.currentTarget.value)}
              />
            </label>
          </fieldset>
          <button type="submit" class="primary" disabled={busy()} data-testid="create-board">
            {t(APP_MESSAGES).createBoard}
          </button>
          <Show when={error()}>
            <p class="error">{error()}</p>
          </Show>
        </form>
        <div class="landing-side">
          <section class="panel recent" data-testid="recent-boards">
            <h2>{t(APP_MESSAGES).recentBoards}</h2>
            <Show when={recent.length > 0} fallback={<p class="muted">{t(APP_MESSAGES).noRecentBoards}</p>}>
              <ul>
                <For each={recent}>
                  {(board) => (
                    <li>
                      <a
                        href={board.link}
                        onClick={(e) => {
                          e.preventDefault()
                          props.navigate(board.link)
                        }}
                      >
                        {board.title || board.id}
                      </a>
                      <span class="muted" title={format().dateTime(board.openedAt)}>
                        {format().relativeTime(board.openedAt)}
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
          <LandingWorkspaces navigate={props.navigate} />
        </div>
      </div>
      <ImportBoard navigate={props.navigate} />
    </main>
  )
}
