import { Show } from 'solid-js'
import { HEADER_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'

/** One radio of the persona list, with edit and remove for the board's personas. */
export function PersonaChoice(props: {
  label: string
  detail?: string
  checked: boolean
  onPick: () => void
  /** Offered for the board's personas, not for "No persona". */
  onEdit?: () => void
  onRemove?: () => void
  testId: string
}) {
  return (
    <div class="persona-row">
      <label class="persona-choice" data-testid={props.testId}>
        <input type="radio" name="map-persona" checked={props.checked} onChange={() => props.onPick()} />
        <span class="persona-choice-name">{props.label}</span>
        <Show when={props.detail}>
          <span class="persona-choice-detail">{props.detail}</span>
        </Show>
      </label>
      <Show when={props.onEdit}>
        {(edit) => (
          <button
            type="button"
            class="persona-action"
            aria-label={t(HEADER_MESSAGES).editPersona(props.label)}
            title={t(HEADER_MESSAGES).editPersona(props.label)}
            data-testid="edit-persona"
            onClick={() => edit()()}
          >
            ✎
          </button>
        )}
      </Show>
      <Show when={props.onRemove}>
        {(remove) => (
          <button
            type="button"
            class="persona-action remove"
            aria-label={t(HEADER_MESSAGES).removePersona(props.label)}
            title={t(HEADER_MESSAGES).removePersona(props.label)}
            data-testid="remove-persona"
            onClick={() => remove()()}
          >
            ×
          </button>
        )}
      </Show>
    </div>
  )
}
