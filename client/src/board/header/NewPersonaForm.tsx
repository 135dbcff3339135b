import { type AddPersonaArgs, PERSONA_ROLES, type PersonaRole } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { t } from '../../i18n/locale.ts'

/** "New persona": collapsed to a link until wanted; name, buying role and job title. */
export function NewPersonaForm(props: { onAdd: (persona: AddPersonaArgs) => void }) {
  const [open, setOpen] = createSignal(false)
  const [name, setName] = createSignal('')
  const [role, setRole] = createSignal<PersonaRole>('decisionMaker')
  const [jobTitle, setJobTitle] = createSignal('')
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    if (!name().trim()) return
    props.onAdd({ name: name().trim(), role: role(), jobTitle: jobTitle().trim() })
    setName('')
    setJobTitle('')
    setOpen(false)
  }
  return (
    <Show
      when={open()}
      fallback={
        <button type="button" class="link-button" data-testid="new-persona" onClick={() => setOpen(true)}>
          + {t().newPersona}
        </button>
      }
    >
      <form class="new-persona" onSubmit={submit}>
        <label>
          {t().personaName}
          <input
            data-testid="persona-name"
            required
            maxLength={200}
            placeholder={t().personaNameHint}
            value={name()}
            onInput={(event) => setName(event.currentTarget.value)}
            ref={(input) => queueMicrotask(() => input.focus())}
          />
        </label>
        <div class="new-persona-row">
          <label>
            {t().personaRole}
            <select
              data-testid="persona-role"
              value={role()}
              onChange={(event) => setRole(event.currentTarget.value as PersonaRole)}
            >
              <For each={PERSONA_ROLES}>
                {(item) => <option value={item}>{t().personaRoles[item]}</option>}
              </For>
            </select>
          </label>
          <label>
            {t().jobTitle}
            <input
              data-testid="persona-job-title"
              maxLength={200}
              placeholder={t().jobTitleHint}
              value={jobTitle()}
              onInput={(event) => setJobTitle(event.currentTarget.value)}
            />
          </label>
        </div>
        <button type="submit" class="toolbar-button" data-testid="add-persona">
          {t().addPersona}
        </button>
      </form>
    </Show>
  )
}
