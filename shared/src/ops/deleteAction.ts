import type * as Y from 'yjs'
import { actionsOf, entityIn } from '../schema/root.ts'
import { requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

export function deleteAction(doc: Y.Doc, args: { actionId: string }, origin: TransactionOrigin): void {
  requireEntity(entityIn(actionsOf(doc), args.actionId), 'action', args.actionId)
  doc.transact(() => actionsOf(doc).delete(args.actionId), origin)
}
