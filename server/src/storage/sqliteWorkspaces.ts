import type { SearchKind } from '@jm/shared/workspaces'
import type Database from 'better-sqlite3'
import { parseSummary, parseWorkspaceLinkGen } from './parseSummary.ts'
import { diffTexts, escapeLike, splitKey, textKey } from './textDiff.ts'
import { type DirectoryEntry, MAX_SEARCH_HITS, type WorkspaceStore } from './WorkspaceStore.ts'

/**
 * Workspaces on SQLite. Search texts live in `search_text_v1`, indexed by an external-content FTS5
 * table with the trigram tokenizer (kept in step by triggers): a query of 3 or more characters is a
 * phrase match on trigrams, case-insensitive for Latin letters and substring-exact for Chinese. A
 * trigram index cannot answer shorter queries (a two-character Chinese word), so those scan the
 * workspace's texts with instr(); a workspace of 200,000 texts takes milliseconds for that.
 */
export function sqliteWorkspaceStore(db: Database.Database): WorkspaceStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS workspaces_v1 (id TEXT PRIMARY KEY, name TEXT NOT NULL, locale TEXT NOT NULL,
      created_at INTEGER NOT NULL, link_gen TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS workspace_boards_v1 (board TEXT PRIMARY KEY, workspace TEXT NOT NULL,
      archived INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
      last_editor TEXT, title TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL, previous_board TEXT);
    CREATE INDEX IF NOT EXISTS workspace_boards_v1_ws ON workspace_boards_v1 (workspace, updated_at);
    CREATE TABLE IF NOT EXISTS search_text_v1 (id INTEGER PRIMARY KEY, workspace TEXT NOT NULL,
      board TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL, text TEXT NOT NULL);
    CREATE UNIQUE INDEX IF NOT EXISTS search_text_v1_item ON search_text_v1 (board, kind, item);
    CREATE INDEX IF NOT EXISTS search_text_v1_ws ON search_text_v1 (workspace);
    CREATE VIRTUAL TABLE IF NOT EXISTS search_fts_v1 USING fts5(text, content='search_text_v1',
      content_rowid='id', tokenize='trigram');
    CREATE TRIGGER IF NOT EXISTS search_text_v1_ai AFTER INSERT ON search_text_v1 BEGIN
      INSERT INTO search_fts_v1 (rowid, text) VALUES (new.id, new.text); END;
    CREATE TRIGGER IF NOT EXISTS search_text_v1_ad AFTER DELETE ON search_text_v1 BEGIN
      INSERT INTO search_fts_v1 (search_fts_v1, rowid, text) VALUES ('delete', old.id, old.text); END;
    CREATE TRIGGER IF NOT EXISTS search_text_v1_au AFTER UPDATE ON search_text_v1 BEGIN
      INSERT INTO search_fts_v1 (search_fts_v1, rowid, text) VALUES ('delete', old.id, old.text);
      INSERT INTO search_fts_v1 (rowid, text) VALUES (new.id, new.text); END;
  `)
  type BoardRow = {
    board: string
    workspace: string
    archived: number
    created_at: number
    updated_at: number
    last_editor: string | null
    summary: string
    previous_board: string | null
  }
  type HitRow = { board: string; title: string; archived: number; kind: string; item: string; text: string }
  const q = {
    insertWorkspace: db.prepare<[string, string, string, number, string]>(
      'INSERT OR IGNORE INTO workspaces_v1 (id, name, locale, created_at, link_gen) VALUES (?, ?, ?, ?, ?)',
    ),
    selectWorkspace: db.prepare<
      [string],
      { id: string; name: string; locale: string; created_at: number; link_gen: string }
    >('SELECT * FROM workspaces_v1 WHERE id = ?'),
    updateLinkGen: db.prepare<[string, string]>('UPDATE workspaces_v1 SET link_gen = ? WHERE id = ?'),
    insertBoard: db.prepare<[string, string, number, number, string | null, string, string, string | null]>(
      `INSERT OR REPLACE INTO workspace_boards_v1 (board, workspace, archived, created_at, updated_at,
       last_editor, title, summary, previous_board) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)`,
    ),
    selectPlacement: db.prepare<[string], { workspace: string; archived: number }>(
      'SELECT workspace, archived FROM workspace_boards_v1 WHERE board = ?',
    ),
    setArchived: db.prepare<[number, string]>('UPDATE workspace_boards_v1 SET archived = ? WHERE board = ?'),
    listAll: db.prepare<[string], BoardRow>(
      'SELECT * FROM workspace_boards_v1 WHERE workspace = ? ORDER BY updated_at DESC',
    ),
    count: db.prepare<[string], { n: number }>(
      'SELECT count(*) AS n FROM workspace_boards_v1 WHERE workspace = ?',
    ),
    updateSummary: db.prepare<[number, string | null, string, string, string]>(
      `UPDATE workspace_boards_v1 SET updated_at = ?, last_editor = coalesce(?, last_editor), title = ?,
       summary = ? WHERE board = ?`,
    ),
    textsOf: db.prepare<[string], { kind: string; item: string; text: string }>(
      'SELECT kind, item, text FROM search_text_v1 WHERE board = ?',
    ),
    deleteText: db.prepare<[string, string, string]>(
      'DELETE FROM search_text_v1 WHERE board = ? AND kind = ? AND item = ?',
    ),
    upsertText: db.prepare<[string, string, string, string, string]>(
      `INSERT INTO search_text_v1 (workspace, board, kind, item, text) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (board, kind, item) DO UPDATE SET text = excluded.text`,
    ),
    // Newest texts first, in the index's own order, so a query stops at the first hits instead of
    // ranking or sorting every match (a common word matches thousands of notes in a big workspace).
    searchFts: db.prepare<[string, string, number, number], HitRow>(
      `SELECT t.board, b.title, b.archived, t.kind, t.item, t.text FROM search_fts_v1 f
       JOIN search_text_v1 t ON t.id = f.rowid JOIN workspace_boards_v1 b ON b.board = t.board
       WHERE search_fts_v1 MATCH ? AND t.workspace = ? AND b.archived = ? ORDER BY f.rowid DESC LIMIT ?`,
    ),
    searchScan: db.prepare<[string, number, string, number], HitRow>(
      `SELECT t.board, b.title, b.archived, t.kind, t.item, t.text FROM search_text_v1 t
       JOIN workspace_boards_v1 b ON b.board = t.board
       WHERE t.workspace = ? AND b.archived = ? AND t.text LIKE ? ESCAPE '\\' ORDER BY t.id DESC LIMIT ?`,
    ),
    forgetTexts: db.prepare<[string]>('DELETE FROM search_text_v1 WHERE board = ?'),
    forgetBoard: db.prepare<[string]>('DELETE FROM workspace_boards_v1 WHERE board = ?'),
  }

  const writeTexts = (
    workspace: string,
    board: string,
    texts: Parameters<WorkspaceStore['placeBoard']>[1],
  ) => {
    const stored = new Map(q.textsOf.all(board).map((row) => [textKey(row.kind, row.item), row.text]))
    const { removed, written } = diffTexts(stored, texts)
    for (const key of removed) q.deleteText.run(board, ...splitKey(key))
    for (const entry of written) q.upsertText.run(workspace, board, entry.kind, entry.item, entry.text)
  }
  const placeBoard = db.transaction(
    (entry: DirectoryEntry, texts: Parameters<WorkspaceStore['placeBoard']>[1]) => {
      const { board, workspace, createdAt, updatedAt, lastEditor } = entry
      q.insertBoard.run(
        board,
        workspace,
        createdAt,
        updatedAt,
        lastEditor ?? null,
        entry.title,
        JSON.stringify(entry),
        entry.previousBoard ?? null,
      )
      writeTexts(workspace, board, texts)
    },
  )
  const saveDigest = db.transaction(
    (...[board, summary, texts, change]: Parameters<WorkspaceStore['saveDigest']>) => {
      const placement = q.selectPlacement.get(board)
      if (!placement) return
      q.updateSummary.run(
        change.updatedAt,
        change.lastEditor ?? null,
        summary.title,
        JSON.stringify(summary),
        board,
      )
      writeTexts(placement.workspace, board, texts)
    },
  )
  const forget = db.transaction((board: string) => {
    q.forgetTexts.run(board)
    q.forgetBoard.run(board)
  })
  const toEntry = (row: BoardRow): DirectoryEntry => ({
    ...parseSummary(row.summary),
    board: row.board,
    workspace: row.workspace,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.last_editor ? { lastEditor: row.last_editor } : {}),
    ...(row.previous_board ? { previousBoard: row.previous_board } : {}),
  })

  return {
    async createWorkspace(record) {
      const { id, name, locale, createdAt, linkGen } = record
      return q.insertWorkspace.run(id, name, locale, createdAt, JSON.stringify(linkGen)).changes === 1
    },
    async getWorkspace(id) {
      const row = q.selectWorkspace.get(id)
      if (!row) return null
      const { name, locale, created_at: createdAt, link_gen: gen } = row
      return { id, name, locale, createdAt, linkGen: parseWorkspaceLinkGen(gen) }
    },
    async setWorkspaceLinkGen(id, role, gen) {
      const row = q.selectWorkspace.get(id)
      if (row)
        q.updateLinkGen.run(JSON.stringify({ ...parseWorkspaceLinkGen(row.link_gen), [role]: gen }), id)
    },
    async placeBoard(entry, texts) {
      placeBoard(entry, texts)
    },
    async placementOf(board) {
      const row = q.selectPlacement.get(board)
      return row ? { workspace: row.workspace, archived: row.archived === 1 } : null
    },
    async setArchived(board, archived) {
      q.setArchived.run(archived ? 1 : 0, board)
    },
    async listBoards(workspace, archived) {
      const rows = q.listAll.all(workspace).map(toEntry)
      return archived === undefined ? rows : rows.filter((row) => row.archived === archived)
    },
    async countBoards(workspace) {
      return q.count.get(workspace)?.n ?? 0
    },
    async saveDigest(board, summary, texts, change) {
      saveDigest(board, summary, texts, change)
    },
    async search(workspace, query) {
      // Trigrams need 3 characters (code points, as the tokenizer counts them).
      const trigrams = [...query].length >= 3
      const phrase = `"${query.replace(/"/g, '""')}"`
      const pattern = `%${escapeLike(query)}%`
      // Boards in use first; archived ones only fill what is left.
      const hitsIn = (archived: number, limit: number) =>
        trigrams
          ? q.searchFts.all(phrase, workspace, archived, limit)
          : q.searchScan.all(workspace, archived, pattern, limit)
      const live = hitsIn(0, MAX_SEARCH_HITS)
      const rows =
        live.length < MAX_SEARCH_HITS ? [...live, ...hitsIn(1, MAX_SEARCH_HITS - live.length)] : live
      return rows.map((row) => ({
        board: row.board,
        boardTitle: row.title,
        archived: row.archived === 1,
        kind: row.kind as SearchKind,
        item: row.item,
        text: row.text,
      }))
    },
    async forgetBoard(board) {
      forget(board)
    },
  }
}
