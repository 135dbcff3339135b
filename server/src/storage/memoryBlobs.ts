import type { BlobInfo, BlobStore } from './BlobStore.ts'

/** The memory store's attachments; `hasBoard` tells which boards still have a record. */
export function memoryBlobStore(hasBoard: (board: string) => boolean): BlobStore & { clear(): void } {
  const bytes = new Map<string, Uint8Array>()
  /** board → hash → the blob as that board knows it */
  const uses = new Map<string, Map<string, BlobInfo>>()
  const dropUnused = () => {
    const used = new Set([...uses.values()].flatMap((blobs) => [...blobs.keys()]))
    let removed = 0
    for (const hash of [...bytes.keys()]) if (!used.has(hash) && bytes.delete(hash)) removed++
    return removed
  }
  return {
    async putBlob(board, blob, data, maxBoardBytes) {
      const mine = uses.get(board) ?? new Map<string, BlobInfo>()
      const known = mine.get(blob.hash)
      if (known) return { ...known }
      let used = 0
      for (const item of mine.values()) used += item.size
      if (used + blob.size > maxBoardBytes) return null
      if (!bytes.has(blob.hash)) bytes.set(blob.hash, data.slice())
      mine.set(blob.hash, { ...blob })
      uses.set(board, mine)
      return { ...blob }
    },
    async getBlob(board, hash) {
      const blob = uses.get(board)?.get(hash)
      const data = bytes.get(hash)
      return blob && data ? { blob: { ...blob }, data: data.slice() } : null
    },
    async deleteBoardBlobs(board) {
      uses.delete(board)
      dropUnused()
    },
    async deleteOrphanBlobs() {
      let removed = 0
      for (const [board, blobs] of uses) {
        if (hasBoard(board)) continue
        removed += blobs.size
        uses.delete(board)
      }
      return removed + dropUnused()
    },
    clear() {
      bytes.clear()
      uses.clear()
    },
  }
}
