import type * as Y from 'yjs'
import { ATTACHMENT_TYPES, type AttachmentType } from '../attachments/fileType.ts'
import { isAttachmentHash } from '../attachments/hash.ts'
import { compareCreated } from './comment.ts'
import { type Evidence, readEvidence } from './evidence.ts'
import { readNumber, readOneOf, readString } from './read.ts'
import { attachmentsOf, entriesOf } from './root.ts'

const TYPES = Object.keys(ATTACHMENT_TYPES) as AttachmentType[]

/**
 * A file put on a note or stage (a screenshot, an interview transcript, a spreadsheet). The
 * document holds only its reference, the SHA-256 of its content: the bytes live on the server
 * (`/api/boards/:id/attachments/:hash`), and a reference merges like any other entity.
 */
export interface Attachment extends Evidence {
  hash: string
  name: string
  type: AttachmentType
  size: number
}

export const AttachmentKeys = { hash: 'hash', name: 'name', type: 'type', size: 'size' } as const

/** Reads an attachment as stored, or null when its hash is malformed (it could name no file). */
export function readAttachment(id: string, map: Y.Map<unknown>): Attachment | null {
  const hash = readString(map, AttachmentKeys.hash)
  if (!isAttachmentHash(hash)) return null
  return {
    ...readEvidence(id, map),
    hash,
    name: readString(map, AttachmentKeys.name),
    // An unknown type is treated as a download, never shown inline.
    type: readOneOf(map, AttachmentKeys.type, TYPES, 'text/plain'),
    size: readNumber(map, AttachmentKeys.size, 0),
  }
}

/** Every readable attachment of the board, oldest first. */
export function readAttachments(doc: Y.Doc): Attachment[] {
  return entriesOf(attachmentsOf(doc))
    .flatMap(([id, map]) => readAttachment(id, map) ?? [])
    .sort(compareCreated)
}
