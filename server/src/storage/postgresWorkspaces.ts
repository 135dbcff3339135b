import type { SearchEntry, SearchKind } from '@jm/shared/workspaces'
import type postgres from 'postgres'
import { parseSummary, parseWorkspaceLinkGen } from './parseSummary.ts'
import { diffTexts, escapeLike, splitKey, textKey } from './textDiff.ts'
import { type DirectoryEntry, MAX_SEARCH_HITS, type WorkspaceStore } from './WorkspaceStore.ts'

/** Schema steps appended to postgres.ts's list (each runs once, in order). */
export const WORKSPACE_SCHEMA_STEPS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS workspaces_v1 (id TEXT PRIMARY KEY, name TEXT NOT NULL, locale TEXT NOT NULL,
     created_at BIGINT NOT NULL, link_gen JSONB NOT NULL);
   CREATE TABLE IF NOT EXISTS workspace_boards_v1 (board TEXT PRIMARY KEY, workspace TEXT NOT NULL,
     archived BOOLEAN NOT NULL DEFAULT false, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
     last_editor TEXT, title TEXT NOT NULL DEFAULT '', summary JSONB NOT NULL, previous_board TEXT);
   CREATE INDEX IF NOT EXISTS workspace_boards_v1_ws ON workspace_boards_v1 (workspace, updated_at);
   CREATE TABLE IF NOT EXISTS search_text_v1 (id BIGSERIAL PRIMARY KEY, workspace TEXT NOT NULL,
     board TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL, text TEXT NOT NULL);
   CREATE UNIQUE INDEX IF NOT EXISTS search_text_v1_item ON search_text_v1 (board, kind, item);
   CREATE INDEX IF NOT EXISTS search_text_v1_ws ON search_text_v1 (workspace);`,
]

/** Rows per multi-row insert: 5 parameters each, well under PostgreSQL's 65,535. */
const INSERT_CHUNK = 1000

/**
 * A trigram index (pg_trgm) lets `ILIKE '%…%'` find substrings of 3 or more characters without a
 * scan. Creating the extension needs a privileged role; without it search still works, by scanning
 * the workspace's texts, so a refusal here is not fatal.
 */
export async function addTrigramIndex(sql: postgres.Sql): Promise<boolean> {
  try {
    await sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(hashtext('jm_trgm_v1'))`
      await tx.unsafe('CREATE EXTENSION IF NOT EXISTS pg_trgm')
      await tx.unsafe(
        'CREATE INDEX IF NOT EXISTS search_text_v1_trgm ON search_text_v1 USING gin (text gin_trgm_ops)',
      )
    })
    return true
  } catch {
    return false
  }
}

export function postgresWorkspaceStore(sql: postgres.Sql): WorkspaceStore {
  const writeTexts = async (
    tx: postgres.TransactionSql,
    workspace: string,
    board: string,
    texts: SearchEntry[],
  ) => {
    const rows = await tx`SELECT kind, item, text FROM search_text_v1 WHERE board = ${board}`
    const stored = new Map(
      rows.map((row) => [textKey(row.kind as string, row.item as string), row.text as string]),
    )
    const { removed, written } = diffTexts(stored, texts)
    for (const key of removed) {
      const [kind, item] = splitKey(key)
      await tx`DELETE FROM search_text_v1 WHERE board = ${board} AND kind = ${kind} AND item = ${item}`
    }
    for (let at = 0; at < written.length; at += INSERT_CHUNK) {
      const chunk = written.slice(at, at + INSERT_CHUNK).map((entry) => ({ workspace, board, ...entry }))
      await tx`INSERT INTO search_text_v1 ${tx(chunk, 'workspace', 'board', 'kind', 'item', 'text')}
        ON CONFLICT (board, kind, item) DO UPDATE SET text = excluded.text`
    }
  }
  const toEntry = (row: postgres.Row): DirectoryEntry => ({
    ...parseSummary(row.summary),
    board: row.board as string,
    workspace: row.workspace as string,
    archived: row.archived === true,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    ...(row.last_editor ? { lastEditor: row.last_editor as string } : {}),
    ...(row.previous_board ? { previousBoard: row.previous_board as string } : {}),
  })

  return {
    async createWorkspace(record) {
      const rows = await sql`INSERT INTO workspaces_v1 (id, name, locale, created_at, link_gen)
        VALUES (${record.id}, ${record.name}, ${record.locale}, ${record.createdAt}, ${sql.json(record.linkGen)})
        ON CONFLICT (id) DO NOTHING RETURNING id`
      return rows.length === 1
    },
    async getWorkspace(id) {
      const [row] = await sql`SELECT * FROM workspaces_v1 WHERE id = ${id}`
      if (!row) return null
      return {
        id,
        name: row.name as string,
        locale: row.locale as string,
        createdAt: Number(row.created_at),
        linkGen: parseWorkspaceLinkGen(row.link_gen),
      }
    },
    async setWorkspaceLinkGen(id, role, gen) {
      await sql`UPDATE workspaces_v1 SET link_gen = jsonb_set(link_gen, ${[role]}, ${sql.json(gen)}) WHERE id = ${id}`
    },
    async placeBoard(entry, texts) {
      await sql.begin(async (tx) => {
        await tx`INSERT INTO workspace_boards_v1 (board, workspace, created_at, updated_at, last_editor, title,
            summary, previous_board)
          VALUES (${entry.board}, ${entry.workspace}, ${entry.createdAt}, ${entry.updatedAt},
            ${entry.lastEditor ?? null}, ${entry.title}, ${sql.json(JSON.parse(JSON.stringify(entry)))},
            ${entry.previousBoard ?? null})
          ON CONFLICT (board) DO NOTHING`
        await writeTexts(tx, entry.workspace, entry.board, texts)
      })
    },
    async placementOf(board) {
      const [row] = await sql`SELECT workspace, archived FROM workspace_boards_v1 WHERE board = ${board}`
      return row ? { workspace: row.workspace as string, archived: row.archived === true } : null
    },
    async setArchived(board, archived) {
      await sql`UPDATE workspace_boards_v1 SET archived = ${archived} WHERE board = ${board}`
    },
    async listBoards(workspace, archived) {
      const rows =
        archived === undefined
          ? await sql`SELECT * FROM workspace_boards_v1 WHERE workspace = ${workspace} ORDER BY updated_at DESC`
          : await sql`SELECT * FROM workspace_boards_v1 WHERE workspace = ${workspace}
              AND archived = ${archived} ORDER BY updated_at DESC`
      return rows.map(toEntry)
    },
    async countBoards(workspace) {
      const [row] = await sql`SELECT count(*) AS n FROM workspace_boards_v1 WHERE workspace = ${workspace}`
      return Number(row?.n ?? 0)
    },
    async saveDigest(board, summary, texts, change) {
      await sql.begin(async (tx) => {
        const [placed] = await tx`UPDATE workspace_boards_v1 SET updated_at = ${change.updatedAt},
            last_editor = coalesce(${change.lastEditor ?? null}, last_editor), title = ${summary.title},
            summary = ${tx.json(JSON.parse(JSON.stringify(summary)))}
          WHERE board = ${board} RETURNING workspace`
        if (placed) await writeTexts(tx, placed.workspace as string, board, texts)
      })
    },
    async search(workspace, query) {
      const rows = await sql`SELECT t.board, b.title, b.archived, t.kind, t.item, t.text
        FROM search_text_v1 t JOIN workspace_boards_v1 b ON b.board = t.board
        WHERE t.workspace = ${workspace} AND t.text ILIKE ${`%${escapeLike(query)}%`} ESCAPE '\\'
        ORDER BY b.archived, b.updated_at DESC LIMIT ${MAX_SEARCH_HITS}`
      return rows.map((row) => ({
        board: row.board as string,
        boardTitle: row.title as string,
        archived: row.archived === true,
        kind: row.kind as SearchKind,
        item: row.item as string,
        text: row.text as string,
      }))
    },
    async forgetBoard(board) {
      await sql.begin(async (tx) => {
        await tx`DELETE FROM search_text_v1 WHERE board = ${board}`
        await tx`DELETE FROM workspace_boards_v1 WHERE board = ${board}`
      })
    },
  }
}
