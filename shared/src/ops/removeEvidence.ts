import type * as Y from 'yjs'
import { attachmentsOf, entityIn, linksOf } from '../schema/root.ts'
import { requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

export function removeLink(doc: Y.Doc, args: { linkId: string }, origin: TransactionOrigin): void {
  requireEntity(entityIn(linksOf(doc), args.linkId), 'link', args.linkId)
  doc.transact(() => linksOf(doc).delete(args.linkId), origin)
}

/** Removes the reference only: the bytes stay on the server for other notes, boards and versions. */
export function removeAttachment(
  doc: Y.Doc,
  args: { attachmentId: string },
  origin: TransactionOrigin,
): void {
  requireEntity(entityIn(attachmentsOf(doc), args.attachmentId), 'attachment', args.attachmentId)
  doc.transact(() => attachmentsOf(doc).delete(args.attachmentId), origin)
}
