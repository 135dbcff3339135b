import type * as Y from 'yjs'
import { ATTACHMENT_TYPES, type AttachmentType } from '../attachments/fileType.ts'
import { isAttachmentHash } from '../attachments/hash.ts'
import { newId } from '../ids.ts'
import { MAX_ATTACHMENTS_PER_TARGET, MAX_NAME_LENGTH } from '../limits.ts'
import { readAttachments } from '../schema/attachment.ts'
import { createEvidenceEntity, type EvidenceTarget } from '../schema/evidence.ts'
import { attachmentsOf } from '../schema/root.ts'
import { requireEvidenceTarget } from './evidenceTarget.ts'
import { OpError } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireOneOf, requireText } from './validate.ts'

export interface AddAttachmentArgs {
  targetKind: EvidenceTarget
  targetId: string
  /** As the server answered the upload: the content's SHA-256, its name, type and size. */
  hash: string
  name: string
  type: AttachmentType
  size: number
  author: string
  now: number
}

/** Puts an uploaded file on a note or stage by its hash; returns the attachment's id. */
export function addAttachment(doc: Y.Doc, args: AddAttachmentArgs, origin: TransactionOrigin): string {
  if (typeof args.hash !== 'string' || !isAttachmentHash(args.hash))
    throw new OpError('invalid', 'an attachment is named by the SHA-256 of its content')
  const type = requireOneOf(args.type, 'file type', Object.keys(ATTACHMENT_TYPES) as AttachmentType[])
  const name = requireText(args.name, 'file name', MAX_NAME_LENGTH)
  if (!Number.isSafeInteger(args.size) || args.size < 0)
    throw new OpError('invalid', 'a file size is a whole number of bytes')
  const targetKind = requireEvidenceTarget(doc, args.targetKind, args.targetId, {
    name: 'attachment',
    existing: readAttachments(doc),
    max: MAX_ATTACHMENTS_PER_TARGET,
  })
  const id = newId()
  doc.transact(() => {
    attachmentsOf(doc).set(
      id,
      createEvidenceEntity({
        id,
        targetKind,
        targetId: args.targetId,
        hash: args.hash,
        name,
        type,
        size: args.size,
        author: args.author,
        createdAt: args.now,
      }),
    )
  }, origin)
  return id
}
