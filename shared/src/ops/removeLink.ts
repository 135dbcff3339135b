import type * as Y from 'yjs'
import { entityIn, linksOf } from '../schema/root.ts'
import { requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

export function removeLink(doc: Y.Doc, args: { linkId: string }, origin: TransactionOrigin): void {
  requireEntity(entityIn(linksOf(doc), args.linkId), 'link', args.linkId)
  doc.transact(() => linksOf(doc).delete(args.linkId), origin)
}
