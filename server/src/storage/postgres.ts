import { isRole, type Role } from '@jm/shared'
import postgres from 'postgres'
import type { BoardRecord, Storage, StoredRoom } from './DocStore.ts'
import { BLOB_SCHEMA_STEPS, postgresBlobStore } from './postgresBlobs.ts'
import { PEOPLE_SCHEMA_STEPS, postgresPeopleStore } from './postgresPeople.ts'
import { postgresWebhookStore, WEBHOOK_SCHEMA_STEPS } from './postgresWebhooks.ts'
import { addTrigramIndex, postgresWorkspaceStore, WORKSPACE_SCHEMA_STEPS } from './postgresWorkspaces.ts'

/** Ordered schema steps; each runs once, recorded in jm_schema_v1, inside one transaction. */
const SCHEMA_STEPS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS updates_v1 (id BIGSERIAL PRIMARY KEY, room TEXT NOT NULL, data BYTEA NOT NULL);
   CREATE INDEX IF NOT EXISTS updates_v1_room ON updates_v1 (room, id);
   CREATE TABLE IF NOT EXISTS boards_v1 (id TEXT PRIMARY KEY, created_at BIGINT NOT NULL, link_gen JSONB NOT NULL);`,
  `CREATE TABLE IF NOT EXISTS versions_v1 (board TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
     created_at BIGINT NOT NULL, author TEXT NOT NULL, snapshot BYTEA NOT NULL, PRIMARY KEY (board, id));`,
  // Versions saved before canvases were have none.
  'ALTER TABLE versions_v1 ADD COLUMN IF NOT EXISTS canvas BYTEA',
  ...WORKSPACE_SCHEMA_STEPS,
  ...BLOB_SCHEMA_STEPS,
  ...WEBHOOK_SCHEMA_STEPS,
  ...PEOPLE_SCHEMA_STEPS,
]

/**
 * PostgreSQL storage for several relay instances. An append commits (and so is durable under
 * PostgreSQL's fsync) before its promise resolves, so the relay's append-before-broadcast rule
 * holds across instances. The schema is created and migrated on start.
 */
export async function openPostgresStorage(url: string): Promise<Storage> {
  const sql = postgres(url, { max: 10, onnotice: () => {} })
  await sql.begin(async (tx) => {
    // One instance migrates at a time; the others wait here and then find the steps done.
    await tx`SELECT pg_advisory_xact_lock(hashtext('jm_schema_v1'))`
    await tx.unsafe('CREATE TABLE IF NOT EXISTS jm_schema_v1 (step INTEGER PRIMARY KEY)')
    const done = new Set((await tx`SELECT step FROM jm_schema_v1`).map((row) => Number(row.step)))
    for (const [index, step] of SCHEMA_STEPS.entries()) {
      if (done.has(index)) continue
      await tx.unsafe(step)
      await tx`INSERT INTO jm_schema_v1 (step) VALUES (${index})`
    }
  })
  await addTrigramIndex(sql)

  const readBoard = async (id: string): Promise<BoardRecord | null> => {
    const [row] = await sql`SELECT id, created_at, link_gen FROM boards_v1 WHERE id = ${id}`
    return row
      ? { id: row.id as string, createdAt: Number(row.created_at), linkGen: parseLinkGen(row.link_gen) }
      : null
  }

  return {
    ...postgresWorkspaceStore(sql),
    ...postgresBlobStore(sql),
    ...postgresWebhookStore(sql),
    ...postgresPeopleStore(sql),
    async load(room): Promise<StoredRoom> {
      const rows = await sql`SELECT id, data FROM updates_v1 WHERE room = ${room} ORDER BY id`
      let bytes = 0
      const updates = rows.map((row) => {
        const data = new Uint8Array(row.data as Buffer)
        bytes += data.byteLength
        return data
      })
      return { updates, lastId: rows.length > 0 ? Number(rows.at(-1)?.id) : 0, bytes }
    },
    async append(room, update) {
      const [row] =
        await sql`INSERT INTO updates_v1 (room, data) VALUES (${room}, ${Buffer.from(update)}) RETURNING id`
      return Number(row?.id)
    },
    async compact(room, snapshot, throughId) {
      await sql.begin(async (tx) => {
        await tx`DELETE FROM updates_v1 WHERE room = ${room} AND id <= ${throughId}`
        await tx`INSERT INTO updates_v1 (room, data) VALUES (${room}, ${Buffer.from(snapshot)})`
      })
    },
    async deleteRooms(board) {
      const pattern = `${board.replace(/[\\%_]/g, '\\$&')}.%`
      await sql`DELETE FROM updates_v1 WHERE room = ${board} OR room LIKE ${pattern}`
    },
    async createBoard(record) {
      const rows = await sql`INSERT INTO boards_v1 (id, created_at, link_gen)
        VALUES (${record.id}, ${record.createdAt}, ${sql.json(record.linkGen)}) ON CONFLICT (id) DO NOTHING RETURNING id`
      return rows.length === 1
    },
    getBoard: readBoard,
    async setLinkGen(id, role, gen) {
      await sql`UPDATE boards_v1 SET link_gen = jsonb_set(link_gen, ${[role]}, ${sql.json(gen)}) WHERE id = ${id}`
    },
    async deleteBoard(id) {
      await sql.begin(async (tx) => {
        await tx`DELETE FROM boards_v1 WHERE id = ${id}`
        await tx`DELETE FROM versions_v1 WHERE board = ${id}`
      })
    },
    async deleteOrphans() {
      return sql.begin(async (tx) => {
        const updates = await tx`DELETE FROM updates_v1 u
          WHERE NOT EXISTS (SELECT 1 FROM boards_v1 b WHERE b.id = split_part(u.room, '.', 1))`
        const versions = await tx`DELETE FROM versions_v1 WHERE board NOT IN (SELECT id FROM boards_v1)`
        return updates.count + versions.count
      })
    },
    async saveVersion(meta, snapshot, canvas = null) {
      await sql`INSERT INTO versions_v1 (board, id, name, created_at, author, snapshot, canvas)
        VALUES (${meta.board}, ${meta.id}, ${meta.name}, ${meta.createdAt}, ${meta.author},
          ${Buffer.from(snapshot)}, ${canvas ? Buffer.from(canvas) : null})`
    },
    async listVersions(board) {
      const rows = await sql`SELECT id, name, created_at, author FROM versions_v1
        WHERE board = ${board} ORDER BY created_at DESC, id DESC`
      return rows.map((row) => ({
        id: row.id as string,
        board,
        name: row.name as string,
        createdAt: Number(row.created_at),
        author: row.author as string,
      }))
    },
    async getVersion(board, id) {
      const [row] = await sql`SELECT snapshot FROM versions_v1 WHERE board = ${board} AND id = ${id}`
      return row ? new Uint8Array(row.snapshot as Buffer) : null
    },
    async getVersionCanvas(board, id) {
      const [row] = await sql`SELECT canvas FROM versions_v1 WHERE board = ${board} AND id = ${id}`
      return row?.canvas ? new Uint8Array(row.canvas as Buffer) : null
    },
    async ping() {
      try {
        await sql`SELECT 1`
        return true
      } catch {
        return false
      }
    },
    async close() {
      await sql.end({ timeout: 5 })
    },
  }
}

function parseLinkGen(value: unknown): Record<Role, number> {
  const gen: Record<Role, number> = { facilitator: 0, editor: 0, viewer: 0 }
  if (value && typeof value === 'object') {
    for (const [role, count] of Object.entries(value))
      if (isRole(role) && typeof count === 'number') gen[role] = count
  }
  return gen
}
