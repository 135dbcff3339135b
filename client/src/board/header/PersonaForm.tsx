import { type AddPersonaArgs, MAX_NAME_LENGTH, PERSONA_ROLES, type PersonaRole } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { HEADER_MESSAGES, PERSONA_ROLE_LABELS, STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'

type PersonaFields = Required<Pick<AddPersonaArgs, 'name' | 'role' | 'jobTitle'>>

/** A persona's name, buying role and job title, for adding one or correcting one. */
export function PersonaForm(props: {
  initial?: PersonaFields
  submitLabel: string
  submitTestId: string
  onSubmit: (persona: PersonaFields) => void
  onCancel?: () => void
}) {
  const [name, setName] = createSignal(props.initial?.name ?? '')
  const [role, setRole] = createSignal<PersonaRole>(props.initial?.role ?? 'decisionMaker')
  const [jobTitle, setJobTitle] = createSignal(props.initial?.jobTitle ?? '')
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    if (!name().trim()) return
    props.onSubmit({ name: name().trim(), role: role(), jobTitle: jobTitle().trim() })
  }
  return (
    <form class="persona-form" onSubmit={submit}>
      <label>
        {t(HEADER_MESSAGES).personaName}
        <input
          data-testid="persona-name"
          required
          maxLength={MAX_NAME_LENGTH}
          placeholder={t(HEADER_MESSAGES).personaNameHint}
          value={name()}
          onInput={(event) => setName(event.currentTarget.value)}
          ref={(input) => queueMicrotask(() => input.focus())}
        />
      </label>
      <div class="persona-form-row">
        <label>
          {t(HEADER_MESSAGES).personaRole}
          <select
            data-testid="persona-role"
            value={role()}
            onChange={(event) => setRole(event.currentTarget.value as PersonaRole)}
          >
            <For each={PERSONA_ROLES}>
              {(item) => <option value={item}>{t(PERSONA_ROLE_LABELS)[item]}</option>}
            </For>
          </select>
        </label>
        <label>
          {t(HEADER_MESSAGES).jobTitle}
          <input
            data-testid="persona-job-title"
            maxLength={MAX_NAME_LENGTH}
            placeholder={t(HEADER_MESSAGES).jobTitleHint}
            value={jobTitle()}
            onInput={(event) => setJobTitle(event.currentTarget.value)}
          />
        </label>
      </div>
      <div class="panel-actions">
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="toolbar-button" onClick={() => cancel()()}>
              {t(STRUCTURE_MESSAGES).cancel}
            </button>
          )}
        </Show>
        <button type="submit" class="toolbar-button" data-testid={props.submitTestId}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  )
}
