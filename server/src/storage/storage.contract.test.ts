import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { runBlobStoreContract } from './blobStoreContract.ts'
import { runDocStoreContract } from './docStoreContract.ts'
import { openMemoryStorage } from './memory.ts'
import { runPeopleStoreContract } from './peopleStoreContract.ts'
import { openSqliteStorage } from './sqlite.ts'
import { runWebhookStoreContract } from './webhookStoreContract.ts'
import { runWorkspaceStoreContract } from './workspaceStoreContract.ts'

describe('memory storage', () => {
  runDocStoreContract({ open: openMemoryStorage, durable: false })
  runWorkspaceStoreContract({ open: openMemoryStorage, durable: false })
  runBlobStoreContract({ open: openMemoryStorage, durable: false })
  runWebhookStoreContract({ open: openMemoryStorage, durable: false })
  runPeopleStoreContract({ open: openMemoryStorage, durable: false })
})

describe('SQLite storage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jm-store-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  // One file for the whole run (the contract uses distinct room and board names per test).
  runDocStoreContract({ open: () => openSqliteStorage(join(dir, 'boards.sqlite')), durable: true })
  runWorkspaceStoreContract({ open: () => openSqliteStorage(join(dir, 'boards.sqlite')), durable: true })
  runBlobStoreContract({ open: () => openSqliteStorage(join(dir, 'boards.sqlite')), durable: true })
  runWebhookStoreContract({ open: () => openSqliteStorage(join(dir, 'boards.sqlite')), durable: true })
  runPeopleStoreContract({ open: () => openSqliteStorage(join(dir, 'boards.sqlite')), durable: true })

  it('stores the bytes of a file used by several boards once, until the last of them is deleted', async () => {
    const file = join(dir, 'dedup.sqlite')
    const store = openSqliteStorage(file)
    const data = new TextEncoder().encode('the same screenshot')
    const blob = { hash: 'a'.repeat(64), size: data.byteLength, type: 'text/plain' as const, name: 'a.txt' }
    const boards = ['dedup-1', 'dedup-2', 'dedup-3']
    for (const board of boards) await store.putBlob(board, blob, data, 1024)
    const db = new Database(file, { readonly: true })
    const count = (table: string) => db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()
    expect([count('blobs_v1'), count('board_blobs_v1')]).toEqual([{ n: 1 }, { n: 3 }])
    await store.deleteBoardBlobs('dedup-1')
    await store.deleteBoardBlobs('dedup-2')
    expect(count('blobs_v1')).toEqual({ n: 1 })
    await store.deleteBoardBlobs('dedup-3')
    expect([count('blobs_v1'), count('board_blobs_v1')]).toEqual([{ n: 0 }, { n: 0 }])
    db.close()
    await store.close()
  })
})

describe('SQLite storage written by an earlier release', () => {
  it('gains the versions’ canvas column and keeps the versions saved before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jm-store-old-'))
    const file = join(dir, 'boards.sqlite')
    const old = new Database(file)
    old.exec(`CREATE TABLE versions_v1 (board TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
      created_at INTEGER NOT NULL, author TEXT NOT NULL, snapshot BLOB NOT NULL, PRIMARY KEY (board, id))`)
    old
      .prepare('INSERT INTO versions_v1 VALUES (?, ?, ?, ?, ?, ?)')
      .run('b', 'v1', 'before', 1, 'Mei', Buffer.from([0, 0]))
    old.close()
    const store = openSqliteStorage(file)
    try {
      expect(await store.getVersion('b', 'v1')).toEqual(new Uint8Array([0, 0]))
      expect(await store.getVersionCanvas('b', 'v1')).toBeNull()
      const meta = { board: 'b', id: 'v2', name: 'after', createdAt: 2, author: 'Mei' }
      await store.saveVersion(meta, new Uint8Array([0, 0]), new Uint8Array([1, 2, 3]))
      expect(await store.getVersionCanvas('b', 'v2')).toEqual(new Uint8Array([1, 2, 3]))
    } finally {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
