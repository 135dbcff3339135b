import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { muteUpdatesFor } from './quietLargeLoads.ts'

describe('muteUpdatesFor', () => {
  it('skips the listeners for the picked transactions only, and Yjs then encodes nothing for those', () => {
    const doc = new Y.Doc()
    const local = { name: 'the IndexedDB copy' }
    const heard: unknown[] = []
    const listener = (_update: Uint8Array, origin: unknown) => heard.push(origin)
    doc.on('update', listener)
    muteUpdatesFor(doc, [listener], (transaction) => transaction.origin === local)
    // Yjs encodes a transaction's update only when an 'update' listener is attached right after its
    // 'afterTransactionCleanup' handlers; one registered after muteUpdatesFor's runs at that point,
    // and a probe emitted there reaches whatever is still attached.
    doc.on('afterTransactionCleanup', (transaction: Y.Transaction) =>
      doc.emit('update', [new Uint8Array(), 'probe', doc, transaction]),
    )

    doc.transact(() => doc.getMap('m').set('loaded', 1), local)
    expect(heard).toEqual([])

    doc.transact(() => doc.getMap('m').set('typed', 2), 'someone')
    expect(heard).toEqual(['probe', 'someone'])
    expect(Y.encodeStateAsUpdate(doc).length).toBeGreaterThan(0)
    expect(doc.getMap('m').toJSON()).toEqual({ loaded: 1, typed: 2 })
  })

  it('keeps listening to a change made while a picked one is being observed', () => {
    const doc = new Y.Doc()
    const local = { name: 'the IndexedDB copy' }
    const heard: unknown[] = []
    const listener = (_update: Uint8Array, origin: unknown) => heard.push(origin)
    doc.on('update', listener)
    muteUpdatesFor(doc, [listener], (transaction) => transaction.origin === local)
    const map = doc.getMap('m')
    map.observe((event) => {
      if (event.transaction.origin === local) doc.transact(() => map.set('migrated', true), 'migration')
    })
    doc.transact(() => map.set('loaded', 1), local)
    expect(heard).toEqual(['migration'])
  })
})
