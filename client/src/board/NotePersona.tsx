import { PERSONA_ROLE_LABELS, type Persona } from '@jm/shared'
import { HEADER_MESSAGES } from '../i18n/headerMessages.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'

/** Whom a note speaks for, as a small chip in the note's footer; the tooltip gives role and job title. */
export function NotePersona(props: { persona: Persona }) {
  const { t } = useI18n()
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
