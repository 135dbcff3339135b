import { initial } from './001-initial.ts'
import { personas } from './002-personas.ts'
import { blueprintLines } from './003-blueprint-lines.ts'
import type { Migration } from './Migration.ts'

export type { Migration } from './Migration.ts'

/** Ordered; each entry's version is one more than the previous one's. */
export const MIGRATIONS: readonly Migration[] = [initial, personas, blueprintLines]

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0
