/// <reference types="node" />
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { changesDocument, hasFixture, loadFixture } from '../../test/fixtures.ts'
import { readBoardMeta } from './board.ts'
import { migrate } from './migrate.ts'
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts'
import { readBoard } from './readBoard.ts'

/** The meta-test: every migration has its own test, a fixture to start from, and is idempotent. */
describe('migrations', () => {
  it('are numbered 1, 2, 3… in order, each with a test file and a fixture of the version before', () => {
    MIGRATIONS.forEach((migration, index) => {
      expect(migration.version).toBe(index + 1)
      expect(migration.id.startsWith(String(migration.version).padStart(3, '0'))).toBe(true)
      const testFile = new URL(`./migrations/${migration.id}.test.ts`, import.meta.url)
      expect(existsSync(testFile), `${migration.id} has no test file`).toBe(true)
      expect(hasFixture(migration.version - 1), `no fixture board-v${migration.version - 1}.ybin`).toBe(true)
    })
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length)
  })

  it('are idempotent on the fixture they start from', () => {
    for (const migration of MIGRATIONS) {
      const doc = loadFixture(migration.version - 1)
      doc.transact(() => migration.up(doc))
      expect(
        changesDocument(doc, () => migration.up(doc)),
        migration.id,
      ).toBe(false)
    }
  })

  it('bring every old fixture to the current version in one transaction, keeping its content', () => {
    for (let version = 0; version < CURRENT_SCHEMA_VERSION; version++) {
      const doc = loadFixture(version)
      const before = readBoard(doc)
      let transactions = 0
      doc.on('afterTransaction', () => transactions++)
      expect(migrate(doc)).toBe('migrated')
      expect(transactions).toBe(1)
      const after = readBoard(doc)
      expect(after.meta.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
      expect(
        after.notes.map(({ text, emotion, tags, stageId, laneId }) => ({
          text,
          emotion,
          tags,
          stageId,
          laneId,
        })),
      ).toEqual(
        before.notes.map(({ text, emotion, tags, stageId, laneId }) => ({
          text,
          emotion,
          tags,
          stageId,
          laneId,
        })),
      )
      expect(after.notes.map((n) => n.text).sort()).toEqual(['Webinar', '填写表单太长', '行业展会（上海）'])
      expect(after.stages.map((s) => s.name)).toEqual(before.stages.map((s) => s.name))
      expect(after.maps[0]?.persona).toBe('制造企业的 IT 负责人')
      expect(migrate(doc)).toBe('ok')
    }
  })

  it('leave a document of a newer version untouched and report it read-only', () => {
    const doc = loadFixture(99)
    const state = Y.encodeStateVector(doc)
    expect(migrate(doc)).toBe('newer-readonly')
    expect(Y.encodeStateVector(doc)).toEqual(state)
    expect(readBoardMeta(doc).schemaVersion).toBe(99)
    expect(readBoard(doc).notes.map((n) => n.text)).toEqual(['hello'])
  })

  it('report an empty document as empty', () => {
    expect(migrate(new Y.Doc())).toBe('empty')
  })
})
