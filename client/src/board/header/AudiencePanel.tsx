import type { JourneyMap } from '@jm/shared'
import { MAX_FIELD_LENGTH } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { HEADER_MESSAGES, PERSONA_ROLE_LABELS, STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { isComposing } from '../../keys/isComposing.ts'
import { useBoard } from '../BoardContext.tsx'
import { NewPersonaForm } from './NewPersonaForm.tsx'
import { PersonaChoice } from './PersonaChoice.tsx'
import { PersonaForm } from './PersonaForm.tsx'

/** Picks the map's persona among the board's, adds, corrects or removes one, and sets the target segment. */
export function AudiencePanel(props: { map: JourneyMap; onClose: () => void }) {
  const board = useBoard()
  const choose = (personaId: string) => board.structure.setMapFields({ mapId: props.map.id, personaId })
  const [confirming, setConfirming] = createSignal<string | null>(null)
  const [editing, setEditing] = createSignal<string | null>(null)
  const confirmingName = () => board.board.personas.find((persona) => persona.id === confirming())?.name
  return (
    <div
      ref={(panel) => queueMicrotask(() => panel.querySelector<HTMLElement>('input:checked')?.focus())}
      class="audience-panel panel"
      role="dialog"
      aria-label={t(HEADER_MESSAGES).audience}
      data-testid="audience-panel"
      onKeyDown={(event) => event.key === 'Escape' && !isComposing(event) && props.onClose()}
    >
      <h2 class="panel-heading">{t(HEADER_MESSAGES).persona}</h2>
      <div class="persona-choices" role="radiogroup" aria-label={t(HEADER_MESSAGES).persona}>
        <PersonaChoice
          label={t(HEADER_MESSAGES).noPersona}
          checked={!board.board.personas.some((persona) => persona.id === props.map.personaId)}
          onPick={() => choose('')}
          testId="persona-none"
        />
        <For each={board.board.personas}>
          {(persona) => (
            <Show
              when={editing() === persona.id}
              fallback={
                <PersonaChoice
                  label={persona.name}
                  detail={[t(PERSONA_ROLE_LABELS)[persona.role], persona.jobTitle]
                    .filter(Boolean)
                    .join(' · ')}
                  checked={props.map.personaId === persona.id}
                  onPick={() => choose(persona.id)}
                  onEdit={() => setEditing(persona.id)}
                  onRemove={() => setConfirming(persona.id)}
                  testId="persona-choice"
                />
              }
            >
              <PersonaForm
                initial={persona}
                submitLabel={t(HEADER_MESSAGES).save}
                submitTestId="save-persona"
                onSubmit={(fields) => {
                  board.structure.setPersonaFields({ personaId: persona.id, ...fields })
                  setEditing(null)
                }}
                onCancel={() => setEditing(null)}
              />
            </Show>
          )}
        </For>
      </div>
      <Show when={confirmingName()}>
        {(name) => (
          <div
            class="persona-remove-confirm"
            role="alertdialog"
            aria-label={t(HEADER_MESSAGES).removePersona(name())}
          >
            <p>{t(HEADER_MESSAGES).removePersonaConfirm(name())}</p>
            <div class="panel-actions">
              <button type="button" class="toolbar-button" onClick={() => setConfirming(null)}>
                {t(STRUCTURE_MESSAGES).cancel}
              </button>
              <button
                type="button"
                class="toolbar-button danger"
                data-testid="confirm-remove-persona"
                onClick={() => {
                  board.structure.removePersona(confirming() ?? '')
                  setConfirming(null)
                }}
              >
                {t(STRUCTURE_MESSAGES).remove}
              </button>
            </div>
          </div>
        )}
      </Show>
      <NewPersonaForm onAdd={(persona) => board.structure.addMapPersona(props.map.id, persona)} />
      <label class="segment-field">
        <span class="panel-heading">{t(HEADER_MESSAGES).segment}</span>
        <input
          data-testid="segment-input"
          value={props.map.segment}
          placeholder={t(HEADER_MESSAGES).segmentHint}
          maxLength={MAX_FIELD_LENGTH}
          onChange={(event) =>
            board.structure.setMapFields({ mapId: props.map.id, segment: event.currentTarget.value.trim() })
          }
          onKeyDown={(event) => event.key === 'Enter' && !isComposing(event) && event.currentTarget.blur()}
        />
      </label>
      <div class="panel-actions">
        <button type="button" class="primary" data-testid="audience-done" onClick={() => props.onClose()}>
          {t(HEADER_MESSAGES).done}
        </button>
      </div>
    </div>
  )
}
