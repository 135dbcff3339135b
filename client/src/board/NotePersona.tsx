import type { Persona } from '@jm/shared'
import { HEADER_MESSAGES, PERSONA_ROLE_LABELS } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

/** Whom a note speaks for, as a small chip in the note's footer; the tooltip gives role and job title. */
export function NotePersona(props: { persona: Persona }) {
  const detail = () =>
    [props.persona.name, t(PERSONA_ROLE_LABELS)[props.persona.role], props.persona.jobTitle]
      .filter(Boolean)
      .join(' · ')
  return (
    <span
      class="note-persona"
      data-testid="note-persona"
      title={`${t(HEADER_MESSAGES).notePersona}: ${detail()}`}
    >
      {props.persona.name}
    </span>
  )
}
