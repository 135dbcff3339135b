import type * as Y from 'yjs'
import { metaOf } from '../root.ts'

export interface Migration {
  /** The schemaVersion a document has after this migration. */
  version: number
  name: string
  /** Runs inside the migrating transaction; must be idempotent. */
  up(doc: Y.Doc): void
}

/** Ordered; each entry's version is one more than the previous one's. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    up(doc) {
      const meta = metaOf(doc)
      if (typeof meta.get('title') !== 'string') meta.set('title', '')
    },
  },
]

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0
