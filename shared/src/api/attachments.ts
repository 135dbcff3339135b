import * as v from 'valibot'
import { ATTACHMENT_TYPES, type AttachmentType } from '../attachments/fileType.ts'
import { isAttachmentHash } from '../attachments/hash.ts'
import { MAX_NAME_LENGTH } from '../limits.ts'

/** A SHA-256 digest in lower-case hex: what names an attachment. */
export const AttachmentHash = v.pipe(
  v.string(),
  v.check(isAttachmentHash, 'an attachment is named by its SHA-256 digest (64 lower-case hex digits)'),
)

/**
 * `POST /api/boards/:id/attachments?name=…` (facilitator, editor): the body is the file's bytes.
 * The name is only what a download is called; the type comes from the content. Path parts and
 * control characters are dropped, so a name can never point anywhere.
 */
export const UploadAttachmentQuery = v.object({
  name: v.optional(
    v.pipe(
      v.string(),
      // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
      v.transform((name) => (name.split(/[\\/]/).at(-1) ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim()),
      v.maxLength(MAX_NAME_LENGTH),
    ),
    '',
  ),
})
export type UploadAttachmentQuery = v.InferOutput<typeof UploadAttachmentQuery>

/** 201 to an upload: the same answer whether the bytes were new or already stored. */
export const StoredAttachment = v.object({
  hash: AttachmentHash,
  size: v.number(),
  type: v.picklist(Object.keys(ATTACHMENT_TYPES) as AttachmentType[]),
  name: v.string(),
})
export type StoredAttachment = v.InferOutput<typeof StoredAttachment>

/** `GET /api/boards/:id/attachments/:hash` (any role of that board): the file. */
export const AttachmentParams = v.object({ hash: AttachmentHash })
