import type { Note } from '@jm/shared'
import { For, Show } from 'solid-js'
import { HEADER_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { useBoard } from './BoardContext.tsx'

const MIXED = 'mixed'

/** Whom the selected notes speak for: the map's own persona (the default) or one of the board's. */
export function NotePersonaSelect(props: { notes: Note[] }) {
  const board = useBoard()
  const exists = (id: string) => board.board.personas.some((persona) => persona.id === id)
  // A persona deleted meanwhile reads as the map's own, which is what the note shows.
  const value = () => {
    const ids = new Set(props.notes.map((note) => (exists(note.personaId) ? note.personaId : '')))
    return ids.size === 1 ? ([...ids][0] ?? '') : MIXED
  }
  const mapPersona = () => board.board.maps.find((map) => map.id === board.activeMapId())?.persona ?? ''
  return (
    <Show when={board.board.personas.length > 0}>
      <select
        class="note-persona-select"
        aria-label={t(HEADER_MESSAGES).notePersona}
        title={t(HEADER_MESSAGES).notePersona}
        data-testid="note-persona-select"
        value={value()}
        onChange={(event) =>
          board.actions.setNoteFields(
            props.notes.map((note) => note.id),
            { personaId: event.currentTarget.value },
          )
        }
      >
        <Show when={value() === MIXED}>
          <option value={MIXED} disabled>
            —
          </option>
        </Show>
        <option value="">{t(HEADER_MESSAGES).mapPersona(mapPersona())}</option>
        <For each={board.board.personas}>
          {(persona) => <option value={persona.id}>{persona.name}</option>}
        </For>
      </select>
    </Show>
  )
}
