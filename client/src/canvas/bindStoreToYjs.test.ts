import {
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  PageRecordType,
  type TLPage,
  type TLRecord,
  type TLStore,
} from 'tldraw'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bindStoreToYjs, canvasRecords } from './bindStoreToYjs.ts'

const newStore = () => createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
const page = (id: string, name: string): TLPage =>
  PageRecordType.create({ id: PageRecordType.createId(id), name, index: 'a1' as TLPage['index'] })
const pageNames = (store: TLStore) =>
  store
    .allRecords()
    .filter((record): record is TLPage => record.typeName === 'page')
    .map((record) => record.name)
    .sort()

/** Two docs that exchange every update directly, as two clients through the relay would. */
function linkedDocs(): [Y.Doc, Y.Doc] {
  const [a, b] = [new Y.Doc(), new Y.Doc()]
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, update, a))
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, update, b))
  return [a, b]
}

describe('bindStoreToYjs', () => {
  const unbinds: Array<() => void> = []
  afterEach(() => {
    for (const unbind of unbinds.splice(0)) unbind()
  })

  it('carries adds, updates and removals both ways, and marks remote ones as remote', () => {
    const [docA, docB] = linkedDocs()
    const [storeA, storeB] = [newStore(), newStore()]
    unbinds.push(bindStoreToYjs(storeA, docA, {}, { writable: true }))
    unbinds.push(bindStoreToYjs(storeB, docB, {}, { writable: true }))
    const pageSources: string[] = []
    unbinds.push(
      storeB.listen((entry) => {
        if (Object.values(entry.changes.added).some((record) => record.typeName === 'page'))
          pageSources.push(entry.source)
      }),
    )

    storeA.put([page('journey', 'Journey sketch')])
    expect(pageNames(storeB)).toEqual(['Journey sketch'])
    expect(pageSources).toEqual(['remote'])

    const id = PageRecordType.createId('journey')
    storeB.update(id, (record) => ({ ...record, name: 'Onboarding flow' }))
    expect(pageNames(storeA)).toEqual(['Onboarding flow'])

    storeA.remove([id])
    // (tldraw then recreates its default page, whose id is fixed, so every client recreates the same one.)
    expect(pageNames(storeB)).not.toContain('Onboarding flow')
    expect(canvasRecords(docB).has(id)).toBe(false)
  })

  it('loads what the doc already holds, migrating it with the schema it was written with', () => {
    const [docA, docB] = linkedDocs()
    const storeA = newStore()
    unbinds.push(bindStoreToYjs(storeA, docA, {}, { writable: true }))
    storeA.put([page('first', 'Before I arrived')])

    const late = newStore()
    unbinds.push(bindStoreToYjs(late, docB, {}, { writable: true }))
    expect(pageNames(late)).toEqual(['Before I arrived'])
    expect(docB.getMap('meta').get('schema')).toEqual(storeA.schema.serialize())
  })

  it('skips a malformed record from a foreign client instead of throwing', () => {
    const doc = new Y.Doc()
    const store = newStore()
    unbinds.push(bindStoreToYjs(store, doc, {}, { writable: true }))
    const foreign = canvasRecords(doc)
    doc.transact(() => {
      foreign.set('page:bad', { id: 'page:bad', typeName: 'page', name: 42 } as unknown as TLRecord)
      foreign.set('page:good', page('good', 'Fine'))
    }, 'someone else')
    expect(pageNames(store)).toEqual(['Fine'])
  })

  it('never writes for a read-only (viewer) binding, which the relay would refuse', () => {
    const doc = new Y.Doc()
    const store = newStore()
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    unbinds.push(bindStoreToYjs(store, doc, {}, { writable: false }))
    store.put([page('mine', 'Local only')])
    expect(updates).toEqual([])
    expect(canvasRecords(doc).size).toBe(0)
  })
})
