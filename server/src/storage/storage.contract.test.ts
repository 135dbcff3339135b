import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe } from 'vitest'
import { runDocStoreContract } from './docStoreContract.ts'
import { openMemoryStorage } from './memory.ts'
import { openSqliteStorage } from './sqlite.ts'

describe('memory storage', () => {
  runDocStoreContract({ open: openMemoryStorage, durable: false })
})

describe('SQLite storage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jm-store-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  // One file for the whole run (the contract uses distinct room and board names per test).
  runDocStoreContract({ open: () => openSqliteStorage(join(dir, 'boards.sqlite')), durable: true })
})
