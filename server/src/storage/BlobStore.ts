import type { AttachmentType } from '@jm/shared'

/** An attachment as a board knows it: its content's digest, size and type, and its file name. */
export interface BlobInfo {
  /** SHA-256 of the content, lower-case hex. */
  hash: string
  size: number
  type: AttachmentType
  name: string
}

/**
 * Attachments, content-addressed: the bytes are stored once under their hash, however many boards
 * use them, and each board records which hashes it uses (with the name it gave). A board reads
 * only what it uses, so knowing a hash is not enough to read another board's file.
 */
export interface BlobStore {
  /**
   * Records that `board` uses the blob, storing its bytes unless they are stored already. Answers
   * the blob as the board knows it (the name of its first upload), or null when the board's
   * attachments would then pass `maxBoardBytes` (a blob it already has costs nothing again).
   */
  putBlob(board: string, blob: BlobInfo, data: Uint8Array, maxBoardBytes: number): Promise<BlobInfo | null>
  /** The blob and its bytes, or null when `board` does not use it. */
  getBlob(board: string, hash: string): Promise<{ blob: BlobInfo; data: Uint8Array } | null>
  /** Forgets the board's attachments, and the bytes no other board uses. */
  deleteBoardBlobs(board: string): Promise<void>
  /** Does that for boards that have no record any more (see orphanSweep.ts); returns the rows removed. */
  deleteOrphanBlobs(): Promise<number>
}
