import type * as Y from 'yjs'
import { attachmentsOf, entityIn } from '../schema/root.ts'
import { requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

/** Removes the reference only: the bytes stay on the server for other notes, boards and versions. */
export function removeAttachment(
  doc: Y.Doc,
  args: { attachmentId: string },
  origin: TransactionOrigin,
): void {
  requireEntity(entityIn(attachmentsOf(doc), args.attachmentId), 'attachment', args.attachmentId)
  doc.transact(() => attachmentsOf(doc).delete(args.attachmentId), origin)
}
