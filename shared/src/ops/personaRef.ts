import type * as Y from 'yjs'
import { entityIn, personasOf } from '../schema/root.ts'
import { OpError } from './OpError.ts'

/** '' (no persona) or the id of an existing persona. */
export function requirePersonaOrNone(doc: Y.Doc, personaId: unknown): string {
  if (personaId === '') return ''
  if (typeof personaId !== 'string' || !entityIn(personasOf(doc), personaId)) {
    throw new OpError('not-found', `persona ${String(personaId)} does not exist`)
  }
  return personaId
}
