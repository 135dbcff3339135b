import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_FIELD_LENGTH, MAX_NAME_LENGTH } from '../limits.ts'
import { orderKeyAt, sortOrdered } from '../order/orderKey.ts'
import { createPersonaEntity, PERSONA_ROLES, type PersonaRole, readPersona } from '../schema/persona.ts'
import { entriesOf, personasOf } from '../schema/root.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireNewId, requireOneOf, requireText } from './validate.ts'

export interface AddPersonaArgs {
  name: string
  role?: PersonaRole
  jobTitle?: string
  description?: string
  id?: string
}

export function addPersona(doc: Y.Doc, args: AddPersonaArgs, origin: TransactionOrigin): string {
  const name = requireText(args.name, 'persona name', MAX_NAME_LENGTH, { nonEmpty: true })
  const role = requireOneOf(args.role ?? 'other', 'persona role', PERSONA_ROLES)
  const jobTitle = requireText(args.jobTitle ?? '', 'job title', MAX_NAME_LENGTH)
  const description = requireText(args.description ?? '', 'persona description', MAX_FIELD_LENGTH)
  const id = args.id === undefined ? newId() : requireNewId(args.id, personasOf(doc).has(args.id), 'persona')
  doc.transact(() => {
    const siblings = sortOrdered(entriesOf(personasOf(doc)).map(([pid, map]) => readPersona(pid, map)))
    const order = orderKeyAt(siblings, siblings.length)
    personasOf(doc).set(id, createPersonaEntity({ id, order, name, role, jobTitle, description }))
  }, origin)
  return id
}
