import type Database from 'better-sqlite3'
import { type PeopleStore, type PersonRecord, personKey } from './PeopleStore.ts'

/** Workspace people in the boards' SQLite file. */
export function sqlitePeopleStore(db: Database.Database): PeopleStore {
  db.exec(`CREATE TABLE IF NOT EXISTS workspace_people_v1 (workspace TEXT NOT NULL, name_key TEXT NOT NULL,
    name TEXT NOT NULL, last_seen INTEGER NOT NULL, PRIMARY KEY (workspace, name_key))`)
  const upsert = db.prepare<[string, string, string, number]>(
    `INSERT INTO workspace_people_v1 (workspace, name_key, name, last_seen) VALUES (?, ?, ?, ?)
     ON CONFLICT (workspace, name_key) DO UPDATE SET name = excluded.name,
       last_seen = MAX(last_seen, excluded.last_seen)`,
  )
  const list = db.prepare<[string], { name: string; last_seen: number }>(
    'SELECT name, last_seen FROM workspace_people_v1 WHERE workspace = ? ORDER BY last_seen DESC LIMIT 1000',
  )
  return {
    async touchPerson(workspace, name, at) {
      upsert.run(workspace, personKey(name), name.trim(), at)
    },
    async listPeople(workspace): Promise<PersonRecord[]> {
      return list.all(workspace).map((row) => ({ name: row.name, lastSeen: row.last_seen }))
    },
  }
}
