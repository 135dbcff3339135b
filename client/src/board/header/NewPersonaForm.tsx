import type { AddPersonaArgs } from '@jm/shared'
import { createSignal, Show } from 'solid-js'
import { HEADER_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { PersonaForm } from './PersonaForm.tsx'

/** "New persona": collapsed to a link until wanted. */
export function NewPersonaForm(props: { onAdd: (persona: AddPersonaArgs) => void }) {
  const [open, setOpen] = createSignal(false)
  return (
    <Show
      when={open()}
      fallback={
        <button type="button" class="link-button" data-testid="new-persona" onClick={() => setOpen(true)}>
          + {t(HEADER_MESSAGES).newPersona}
        </button>
      }
    >
      <PersonaForm
        submitLabel={t(HEADER_MESSAGES).addPersona}
        submitTestId="add-persona"
        onSubmit={(persona) => {
          props.onAdd(persona)
          setOpen(false)
        }}
        onCancel={() => setOpen(false)}
      />
    </Show>
  )
}
