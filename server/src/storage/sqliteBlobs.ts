import type { AttachmentType } from '@jm/shared'
import type Database from 'better-sqlite3'
import type { BlobInfo, BlobStore } from './BlobStore.ts'

type BlobRow = { hash: string; size: number; type: string; name: string }

const toInfo = (row: BlobRow): BlobInfo => ({ ...row, type: row.type as AttachmentType })

/** Attachments in the boards' SQLite file: bytes once per hash, and each board's uses. */
export function sqliteBlobStore(db: Database.Database): BlobStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS blobs_v1 (hash TEXT PRIMARY KEY, size INTEGER NOT NULL, type TEXT NOT NULL,
      data BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS board_blobs_v1 (board TEXT NOT NULL, hash TEXT NOT NULL, name TEXT NOT NULL,
      PRIMARY KEY (board, hash));
    CREATE INDEX IF NOT EXISTS board_blobs_v1_hash ON board_blobs_v1 (hash);
  `)
  const selectUse = db.prepare<[string, string], BlobRow>(`SELECT b.hash, b.size, b.type, u.name
    FROM board_blobs_v1 u JOIN blobs_v1 b ON b.hash = u.hash WHERE u.board = ? AND u.hash = ?`)
  const selectData = db.prepare<[string], { data: Buffer }>('SELECT data FROM blobs_v1 WHERE hash = ?')
  const boardBytes = db.prepare<[string], { used: number }>(`SELECT COALESCE(SUM(b.size), 0) AS used
    FROM board_blobs_v1 u JOIN blobs_v1 b ON b.hash = u.hash WHERE u.board = ?`)
  const insertBlob = db.prepare<[string, number, string, Uint8Array]>(
    'INSERT OR IGNORE INTO blobs_v1 (hash, size, type, data) VALUES (?, ?, ?, ?)',
  )
  const insertUse = db.prepare<[string, string, string]>(
    'INSERT INTO board_blobs_v1 (board, hash, name) VALUES (?, ?, ?)',
  )
  const deleteUses = db.prepare<[string]>('DELETE FROM board_blobs_v1 WHERE board = ?')
  const orphanUses = db.prepare('DELETE FROM board_blobs_v1 WHERE board NOT IN (SELECT id FROM boards_v1)')
  const unusedBlobs = db.prepare(
    'DELETE FROM blobs_v1 WHERE NOT EXISTS (SELECT 1 FROM board_blobs_v1 u WHERE u.hash = blobs_v1.hash)',
  )

  const put = db.transaction((board: string, blob: BlobInfo, data: Uint8Array, max: number) => {
    const known = selectUse.get(board, blob.hash)
    if (known) return toInfo(known)
    if ((boardBytes.get(board)?.used ?? 0) + blob.size > max) return null
    insertBlob.run(blob.hash, blob.size, blob.type, data)
    insertUse.run(board, blob.hash, blob.name)
    return { ...blob }
  })
  const deleteBoard = db.transaction((board: string) => {
    deleteUses.run(board)
    unusedBlobs.run()
  })
  const deleteOrphans = db.transaction(() => orphanUses.run().changes + unusedBlobs.run().changes)

  return {
    async putBlob(board, blob, data, maxBoardBytes) {
      return put(board, blob, data, maxBoardBytes)
    },
    async getBlob(board, hash) {
      const row = selectUse.get(board, hash)
      const stored = row && selectData.get(hash)
      return row && stored ? { blob: toInfo(row), data: new Uint8Array(stored.data) } : null
    },
    async deleteBoardBlobs(board) {
      deleteBoard(board)
    },
    async deleteOrphanBlobs() {
      return deleteOrphans()
    },
  }
}
