import type * as Y from 'yjs'

export interface Migration {
  /** File name without extension, e.g. "002-personas"; its test is `<id>.test.ts` beside it. */
  id: string
  /** The schemaVersion a document has after this migration. */
  version: number
  /**
   * Runs inside the migrating transaction. Must be idempotent, and must create entities under
   * ids derived from existing ones, so two replicas migrating the same document at once write
   * the same keys and converge instead of duplicating.
   */
  up(doc: Y.Doc): void
}
