import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { isRole, type Role } from '@jm/shared'
import Database from 'better-sqlite3'
import type { BoardRecord, Storage, StoredRoom } from './DocStore.ts'
import { sqliteBlobStore } from './sqliteBlobs.ts'
import { sqlitePeopleStore } from './sqlitePeople.ts'
import { sqliteWebhookStore } from './sqliteWebhooks.ts'
import { sqliteWorkspaceStore } from './sqliteWorkspaces.ts'

/**
 * SQLite storage in WAL mode. better-sqlite3 is synchronous, so an `append` has reached the WAL
 * (and so survives `kill -9` of the process) before its promise resolves. synchronous=NORMAL keeps
 * that guarantee for process crashes; FULL would add an fsync per update for power loss.
 */
export function openSqliteStorage(file: string): Storage {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  db.exec(`
    CREATE TABLE IF NOT EXISTS updates_v1 (id INTEGER PRIMARY KEY, room TEXT NOT NULL, data BLOB NOT NULL);
    CREATE INDEX IF NOT EXISTS updates_v1_room ON updates_v1 (room, id);
    CREATE TABLE IF NOT EXISTS boards_v1 (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, link_gen TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS versions_v1 (board TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
      created_at INTEGER NOT NULL, author TEXT NOT NULL, snapshot BLOB NOT NULL, PRIMARY KEY (board, id));
  `)
  // Versions saved before canvases were have none.
  const versionColumns = db.prepare<[], { name: string }>('PRAGMA table_info(versions_v1)').all()
  if (!versionColumns.some((column) => column.name === 'canvas'))
    db.exec('ALTER TABLE versions_v1 ADD COLUMN canvas BLOB')
  const selectRoom = db.prepare<[string], { id: number; data: Buffer }>(
    'SELECT id, data FROM updates_v1 WHERE room = ? ORDER BY id',
  )
  const insertUpdate = db.prepare<[string, Uint8Array]>('INSERT INTO updates_v1 (room, data) VALUES (?, ?)')
  const deleteThrough = db.prepare<[string, number]>('DELETE FROM updates_v1 WHERE room = ? AND id <= ?')
  const deletePrefix = db.prepare<[string, string]>(
    "DELETE FROM updates_v1 WHERE room = ? OR room LIKE ? ESCAPE '\\'",
  )
  const insertBoard = db.prepare<[string, number, string]>(
    'INSERT OR IGNORE INTO boards_v1 (id, created_at, link_gen) VALUES (?, ?, ?)',
  )
  const selectBoard = db.prepare<[string], { id: string; created_at: number; link_gen: string }>(
    'SELECT * FROM boards_v1 WHERE id = ?',
  )
  const updateLinkGen = db.prepare<[string, string]>('UPDATE boards_v1 SET link_gen = ? WHERE id = ?')
  const removeBoard = db.prepare<[string]>('DELETE FROM boards_v1 WHERE id = ?')
  const removeVersions = db.prepare<[string]>('DELETE FROM versions_v1 WHERE board = ?')
  const insertVersion = db.prepare<[string, string, string, number, string, Uint8Array, Uint8Array | null]>(
    'INSERT INTO versions_v1 (board, id, name, created_at, author, snapshot, canvas) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const selectVersions = db.prepare<
    [string],
    { id: string; name: string; created_at: number; author: string }
  >('SELECT id, name, created_at, author FROM versions_v1 WHERE board = ? ORDER BY created_at DESC, id DESC')
  const selectVersion = db.prepare<[string, string], { snapshot: Buffer; canvas: Buffer | null }>(
    'SELECT snapshot, canvas FROM versions_v1 WHERE board = ? AND id = ?',
  )
  const orphanUpdates = db.prepare(`DELETE FROM updates_v1 WHERE NOT EXISTS (SELECT 1 FROM boards_v1 b
    WHERE b.id = substr(updates_v1.room, 1, instr(updates_v1.room || '.', '.') - 1))`)
  const orphanVersions = db.prepare('DELETE FROM versions_v1 WHERE board NOT IN (SELECT id FROM boards_v1)')
  const deleteOrphans = db.transaction(() => orphanUpdates.run().changes + orphanVersions.run().changes)
  const deleteBoardAndVersions = db.transaction((id: string) => {
    removeBoard.run(id)
    removeVersions.run(id)
  })
  const compact = db.transaction((room: string, snapshot: Uint8Array, throughId: number) => {
    deleteThrough.run(room, throughId)
    insertUpdate.run(room, snapshot)
  })

  const readBoard = (id: string): BoardRecord | null => {
    const row = selectBoard.get(id)
    return row ? { id: row.id, createdAt: row.created_at, linkGen: parseLinkGen(row.link_gen) } : null
  }

  const workspaces = sqliteWorkspaceStore(db)

  return {
    ...workspaces,
    ...sqliteBlobStore(db),
    ...sqliteWebhookStore(db),
    ...sqlitePeopleStore(db),
    async load(room): Promise<StoredRoom> {
      const rows = selectRoom.all(room)
      let bytes = 0
      for (const row of rows) bytes += row.data.byteLength
      return { updates: rows.map((row) => new Uint8Array(row.data)), lastId: rows.at(-1)?.id ?? 0, bytes }
    },
    async append(room, update) {
      return Number(insertUpdate.run(room, update).lastInsertRowid)
    },
    async compact(room, snapshot, throughId) {
      compact(room, snapshot, throughId)
    },
    async deleteRooms(board) {
      deletePrefix.run(board, `${board.replace(/[\\%_]/g, '\\$&')}.%`)
    },
    async createBoard(record) {
      return insertBoard.run(record.id, record.createdAt, JSON.stringify(record.linkGen)).changes === 1
    },
    async getBoard(id) {
      return readBoard(id)
    },
    async setLinkGen(id, role, gen) {
      const board = readBoard(id)
      if (!board) return
      updateLinkGen.run(JSON.stringify({ ...board.linkGen, [role]: gen }), id)
    },
    async deleteBoard(id) {
      deleteBoardAndVersions(id)
    },
    async deleteOrphans() {
      return deleteOrphans()
    },
    async saveVersion(meta, snapshot, canvas = null) {
      insertVersion.run(meta.board, meta.id, meta.name, meta.createdAt, meta.author, snapshot, canvas)
    },
    async listVersions(board) {
      return selectVersions
        .all(board)
        .map((row) => ({ id: row.id, board, name: row.name, createdAt: row.created_at, author: row.author }))
    },
    async getVersion(board, id) {
      const row = selectVersion.get(board, id)
      return row ? new Uint8Array(row.snapshot) : null
    },
    async getVersionCanvas(board, id) {
      const canvas = selectVersion.get(board, id)?.canvas
      return canvas ? new Uint8Array(canvas) : null
    },
    async close() {
      db.close()
    },
  }
}

function parseLinkGen(json: string): Record<Role, number> {
  const gen: Record<Role, number> = { facilitator: 0, editor: 0, viewer: 0 }
  try {
    const parsed: unknown = JSON.parse(json)
    if (parsed && typeof parsed === 'object') {
      for (const [role, value] of Object.entries(parsed))
        if (isRole(role) && typeof value === 'number') gen[role] = value
    }
  } catch {
    // a damaged row keeps generation 0 for every role
  }
  return gen
}
