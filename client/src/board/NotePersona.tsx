import type { Persona } from '@jm/shared'
import { t } from '../i18n/locale.ts'

/** Whom a note speaks for, as a small chip in the note's footer; the tooltip gives role and job title. */
export function NotePersona(props: { persona: Persona }) {
  const detail = () =>
    [props.persona.name, t().personaRoles[props.persona.role], props.persona.jobTitle]
      .filter(Boolean)
      .join(' · ')
  return (
    <span class="note-persona" data-testid="note-persona" title={`${t().notePersona}: ${detail()}`}>
      {props.persona.name}
    </span>
  )
}
