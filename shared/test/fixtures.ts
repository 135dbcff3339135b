/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs'
import * as Y from 'yjs'

const FIXTURES = new URL('./fixtures/', import.meta.url)

export const fixturePath = (version: number): URL => new URL(`board-v${version}.ybin`, FIXTURES)
export const hasFixture = (version: number): boolean => existsSync(fixturePath(version))

/** A fresh document holding the frozen board of that schema version (see fixtures/README.md). */
export function loadFixture(version: number): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, readFileSync(fixturePath(version)))
  return doc
}

/** Runs `change` and reports whether it altered the document at all. */
export function changesDocument(doc: Y.Doc, change: () => void): boolean {
  let changed = false
  const onUpdate = () => {
    changed = true
  }
  doc.on('update', onUpdate)
  doc.transact(change)
  doc.off('update', onUpdate)
  return changed
}
