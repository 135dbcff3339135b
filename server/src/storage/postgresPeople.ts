import type postgres from 'postgres'
import { type PeopleStore, personKey } from './PeopleStore.ts'

/** Schema steps appended to postgres.ts's list (each runs once, in order). */
export const PEOPLE_SCHEMA_STEPS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS workspace_people_v1 (workspace TEXT NOT NULL, name_key TEXT NOT NULL,
     name TEXT NOT NULL, last_seen BIGINT NOT NULL, PRIMARY KEY (workspace, name_key));`,
]

export function postgresPeopleStore(sql: postgres.Sql): PeopleStore {
  return {
    async touchPerson(workspace, name, at) {
      await sql`INSERT INTO workspace_people_v1 (workspace, name_key, name, last_seen)
        VALUES (${workspace}, ${personKey(name)}, ${name.trim()}, ${at})
        ON CONFLICT (workspace, name_key) DO UPDATE SET name = excluded.name,
          last_seen = GREATEST(workspace_people_v1.last_seen, excluded.last_seen)`
    },
    async listPeople(workspace) {
      const rows = await sql`SELECT name, last_seen FROM workspace_people_v1 WHERE workspace = ${workspace}
        ORDER BY last_seen DESC LIMIT 1000`
      return rows.map((row) => ({ name: row.name as string, lastSeen: Number(row.last_seen) }))
    },
  }
}
