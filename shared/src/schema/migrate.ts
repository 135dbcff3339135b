import type * as Y from 'yjs'
import { ServerOrigin } from '../ops/origin.ts'
import { BoardMetaKeys } from './board.ts'
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts'
import { readNumber } from './read.ts'
import { metaOf } from './root.ts'

export type MigrationResult = 'empty' | 'ok' | 'migrated' | 'newer-readonly'

const MIGRATION_ORIGIN = new ServerOrigin('migration')

/** Brings an opened document up to the code's schema version, in one transaction. */
export function migrate(doc: Y.Doc): MigrationResult {
  const meta = metaOf(doc)
  if (meta.size === 0) return 'empty'
  const version = readNumber(meta, BoardMetaKeys.schemaVersion, 0)
  if (version > CURRENT_SCHEMA_VERSION) return 'newer-readonly'
  if (version === CURRENT_SCHEMA_VERSION) return 'ok'
  doc.transact(() => {
    for (const migration of MIGRATIONS) {
      if (migration.version > version) migration.up(doc)
    }
    meta.set(BoardMetaKeys.schemaVersion, CURRENT_SCHEMA_VERSION)
  }, MIGRATION_ORIGIN)
  return 'migrated'
}
