import type * as Y from 'yjs'
import { entityIn, personasOf } from '../schema/root.ts'
import { requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

/**
 * Removes a persona. Notes and maps that named it keep the id, which resolves to no persona in
 * `BoardView.personas`, so a concurrent "set note persona" never breaks anything.
 */
export function deletePersona(doc: Y.Doc, args: { personaId: string }, origin: TransactionOrigin): void {
  requireEntity(entityIn(personasOf(doc), args.personaId), 'persona', args.personaId)
  doc.transact(() => personasOf(doc).delete(args.personaId), origin)
}
