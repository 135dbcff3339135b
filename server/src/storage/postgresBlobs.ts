import type { AttachmentType } from '@jm/shared'
import type postgres from 'postgres'
import type { BlobInfo, BlobStore } from './BlobStore.ts'

/** Schema steps appended to postgres.ts's list (each runs once, in order). */
export const BLOB_SCHEMA_STEPS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS blobs_v1 (hash TEXT PRIMARY KEY, size BIGINT NOT NULL, type TEXT NOT NULL,
     data BYTEA NOT NULL);
   CREATE TABLE IF NOT EXISTS board_blobs_v1 (board TEXT NOT NULL, hash TEXT NOT NULL, name TEXT NOT NULL,
     PRIMARY KEY (board, hash));
   CREATE INDEX IF NOT EXISTS board_blobs_v1_hash ON board_blobs_v1 (hash);`,
]

const toInfo = (row: postgres.Row): BlobInfo => ({
  hash: row.hash as string,
  size: Number(row.size),
  type: row.type as AttachmentType,
  name: row.name as string,
})

const UNUSED_BLOBS = `DELETE FROM blobs_v1 b WHERE NOT EXISTS (SELECT 1 FROM board_blobs_v1 u WHERE u.hash = b.hash)`

/**
 * Attachments in PostgreSQL, shared by every instance. Uploads to one board take a per-board lock
 * for their transaction, so two instances cannot both fit a file under the board's cap.
 */
export function postgresBlobStore(sql: postgres.Sql): BlobStore {
  const selectUse = (tx: postgres.Sql | postgres.TransactionSql, board: string, hash: string) =>
    tx`SELECT b.hash, b.size, b.type, u.name FROM board_blobs_v1 u JOIN blobs_v1 b ON b.hash = u.hash
       WHERE u.board = ${board} AND u.hash = ${hash}`
  return {
    async putBlob(board, blob, data, maxBoardBytes) {
      return sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(hashtext(${`jm_blobs:${board}`}))`
        const [known] = await selectUse(tx, board, blob.hash)
        if (known) return toInfo(known)
        const [usage] = await tx`SELECT COALESCE(SUM(b.size), 0) AS used
          FROM board_blobs_v1 u JOIN blobs_v1 b ON b.hash = u.hash WHERE u.board = ${board}`
        if (Number(usage?.used ?? 0) + blob.size > maxBoardBytes) return null
        await tx`INSERT INTO blobs_v1 (hash, size, type, data)
          VALUES (${blob.hash}, ${blob.size}, ${blob.type}, ${Buffer.from(data)}) ON CONFLICT (hash) DO NOTHING`
        await tx`INSERT INTO board_blobs_v1 (board, hash, name) VALUES (${board}, ${blob.hash}, ${blob.name})`
        return { ...blob }
      })
    },
    async getBlob(board, hash) {
      const [row] = await selectUse(sql, board, hash)
      if (!row) return null
      const [stored] = await sql`SELECT data FROM blobs_v1 WHERE hash = ${hash}`
      return stored ? { blob: toInfo(row), data: new Uint8Array(stored.data as Buffer) } : null
    },
    async deleteBoardBlobs(board) {
      await sql.begin(async (tx) => {
        await tx`DELETE FROM board_blobs_v1 WHERE board = ${board}`
        await tx.unsafe(UNUSED_BLOBS)
      })
    },
    async deleteOrphanBlobs() {
      return sql.begin(async (tx) => {
        const uses = await tx`DELETE FROM board_blobs_v1 WHERE board NOT IN (SELECT id FROM boards_v1)`
        const blobs = await tx.unsafe(UNUSED_BLOBS)
        return uses.count + blobs.count
      })
    },
  }
}
