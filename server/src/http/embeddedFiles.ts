import { createHash } from 'node:crypto'
import { type Attachment, sniffFileType } from '@jm/shared'
import type { ImportIssue } from '@jm/shared/api'
import type { EmbeddedFile } from '@jm/shared/io/boardJson'
import type { BlobInfo } from '../storage/BlobStore.ts'
import type { Storage } from '../storage/DocStore.ts'

/** The bytes of every file a board's attachments refer to, once per hash, for its JSON export. */
export async function filesOfBoard(
  storage: Storage,
  board: string,
  attachments: readonly Attachment[],
): Promise<EmbeddedFile[]> {
  const files: EmbeddedFile[] = []
  for (const hash of new Set(attachments.map((attachment) => attachment.hash))) {
    const found = await storage.getBlob(board, hash)
    if (found) files.push({ hash, data: Buffer.from(found.data).toString('base64') })
  }
  return files
}

export type CheckedFiles =
  | { ok: true; blobs: Array<{ blob: BlobInfo; data: Uint8Array }> }
  | { ok: false; status: 400 | 413; error: string; issues: ImportIssue[] }

/**
 * The files of an imported JSON, each checked as an upload is: its bytes must hash to its hash and
 * be of the type its attachment says (told by content); together they must fit the board's cap.
 * Files no attachment refers to are left out.
 */
export function checkEmbeddedFiles(
  files: readonly EmbeddedFile[],
  attachments: readonly Attachment[],
  maxBoardBytes: number,
): CheckedFiles {
  const issues: ImportIssue[] = []
  const blobs: Array<{ blob: BlobInfo; data: Uint8Array }> = []
  let total = 0
  for (const file of files) {
    const attachment = attachments.find((candidate) => candidate.hash === file.hash)
    if (!attachment || blobs.some(({ blob }) => blob.hash === file.hash)) continue
    const data = new Uint8Array(Buffer.from(file.data, 'base64'))
    const problem = (text: string) =>
      issues.push({ line: null, problem: `files: ${file.hash.slice(0, 12)}…: ${text}` })
    if (createHash('sha256').update(data).digest('hex') !== file.hash) {
      problem('its content does not match its hash')
      continue
    }
    const sniffed = sniffFileType(data, attachment.name)
    if ('refused' in sniffed || sniffed.type !== attachment.type) {
      problem(`its content is not the ${attachment.type} its attachment says`)
      continue
    }
    total += data.byteLength
    blobs.push({
      blob: { hash: file.hash, size: data.byteLength, type: sniffed.type, name: attachment.name },
      data,
    })
  }
  if (issues.length > 0)
    return { ok: false, status: 400, error: 'some files in the import are not what they claim', issues }
  if (total > maxBoardBytes)
    return {
      ok: false,
      status: 413,
      error: `the imported files are over the ${maxBoardBytes}-byte limit for one board`,
      issues: [],
    }
  return { ok: true, blobs }
}
