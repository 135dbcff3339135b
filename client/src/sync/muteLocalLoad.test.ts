import { describe, expect, it } from 'vitest'
import type { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { muteLocalLoad } from './muteLocalLoad.ts'

describe('muteLocalLoad', () => {
  it("skips the listeners for the local copy's load only, and Yjs then encodes nothing for it", () => {
    const doc = new Y.Doc()
    // Stands in for the IndexeddbPersistence, which is only the load transaction's origin here.
    const local = {} as IndexeddbPersistence
    const heard: unknown[] = []
    const listener = (_update: Uint8Array, origin: unknown) => heard.push(origin)
    doc.on('update', listener)
    muteLocalLoad(doc, local, [listener])
    let encodedForLoad = true
    doc.on('afterTransactionCleanup', (transaction: Y.Transaction) => {
      if (transaction.origin === local) encodedForLoad = doc._observers.has('update')
    })

    doc.transact(() => doc.getMap('m').set('loaded', 1), local)
    expect(heard).toEqual([])
    expect(encodedForLoad).toBe(false)

    doc.transact(() => doc.getMap('m').set('typed', 2), 'someone')
    expect(heard).toEqual(['someone'])
    expect(Y.encodeStateAsUpdate(doc).length).toBeGreaterThan(0)
    expect(doc.getMap('m').toJSON()).toEqual({ loaded: 1, typed: 2 })
  })

  it('keeps listening to a change made while the load is being observed', () => {
    const doc = new Y.Doc()
    const local = {} as IndexeddbPersistence
    const heard: unknown[] = []
    const listener = (_update: Uint8Array, origin: unknown) => heard.push(origin)
    doc.on('update', listener)
    muteLocalLoad(doc, local, [listener])
    const map = doc.getMap('m')
    map.observe((event) => {
      if (event.transaction.origin === local) doc.transact(() => map.set('migrated', true), 'migration')
    })
    doc.transact(() => map.set('loaded', 1), local)
    expect(heard).toEqual(['migration'])
  })
})
