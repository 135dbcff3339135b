import type * as Y from 'yjs'
import { MAX_FIELD_LENGTH, MAX_NAME_LENGTH } from '../limits.ts'
import { PERSONA_ROLES, PersonaKeys, type PersonaRole } from '../schema/persona.ts'
import { entityIn, personasOf } from '../schema/root.ts'
import { requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireOneOf, requireText } from './validate.ts'

export interface SetPersonaFieldsArgs {
  personaId: string
  name?: string
  role?: PersonaRole
  jobTitle?: string
  description?: string
}

export function setPersonaFields(doc: Y.Doc, args: SetPersonaFieldsArgs, origin: TransactionOrigin): void {
  const persona = requireEntity(entityIn(personasOf(doc), args.personaId), 'persona', args.personaId)
  const changes: Array<[string, string]> = []
  if (args.name !== undefined)
    changes.push([
      PersonaKeys.name,
      requireText(args.name, 'persona name', MAX_NAME_LENGTH, { nonEmpty: true }),
    ])
  if (args.role !== undefined)
    changes.push([PersonaKeys.role, requireOneOf(args.role, 'persona role', PERSONA_ROLES)])
  if (args.jobTitle !== undefined)
    changes.push([PersonaKeys.jobTitle, requireText(args.jobTitle, 'job title', MAX_NAME_LENGTH)])
  if (args.description !== undefined)
    changes.push([
      PersonaKeys.description,
      requireText(args.description, 'persona description', MAX_FIELD_LENGTH),
    ])
  doc.transact(() => {
    for (const [key, value] of changes) persona.set(key, value)
  }, origin)
}
