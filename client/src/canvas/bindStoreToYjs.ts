import { CANVAS_META, CANVAS_RECORDS } from '@jm/shared'
import type { SerializedSchema, TLRecord, TLStore } from 'tldraw'
import type * as Y from 'yjs'

/**
 * The binding between a tldraw store and the canvas Y.Doc: every document record (shapes, pages,
 * bindings, assets, the document itself) is one entry of the Y.Map `records`, keyed by record id and
 * holding the plain JSON record. Concurrent edits of different records merge; edits of one record
 * resolve last-writer-wins per record, which is what tldraw's own sync does too.
 *
 * Local changes come from `store.listen` with source 'user' (so remote ones are never echoed), and
 * remote ones go in through `store.mergeRemoteChanges` (so they stay out of the local undo stack).
 * Session and presence records (camera, selection, cursors) never enter the document.
 *
 * Modelled on tldraw's tldraw-yjs-example `useYjsStore.ts`, which keeps records in a y-utility
 * YKeyValue; a Y.Map keeps a small tombstone per overwrite instead, which the relay's compaction
 * and Yjs's gc keep to a few bytes per edit.
 */

export function canvasRecords(doc: Y.Doc): Y.Map<TLRecord> {
  return doc.getMap<TLRecord>(CANVAS_RECORDS)
}

/** Checks a record from another client against this store's schema; a bad one is skipped, not thrown. */
function validRecord(store: TLStore, value: unknown): TLRecord | null {
  const record = value as TLRecord | null
  const type = record && typeof record === 'object' ? store.schema.types[record.typeName] : undefined
  if (!type) return null
  try {
    return type.validate(record) as TLRecord
  } catch (error) {
    console.warn('canvas: skipped a malformed record from another client', record?.id, error)
    return null
  }
}

/** Records written by an older tldraw are migrated forward with the schema they were written with. */
function storedRecords(store: TLStore, records: Y.Map<TLRecord>, meta: Y.Map<unknown>): unknown[] {
  const schema = meta.get('schema') as SerializedSchema | undefined
  if (!schema) return [...records.values()]
  const migrated = store.schema.migrateStoreSnapshot({ store: Object.fromEntries(records.entries()), schema })
  if (migrated.type === 'success') return Object.values(migrated.value)
  console.warn('canvas: could not migrate the stored records', migrated.reason)
  return [...records.values()]
}

function applySnapshot(store: TLStore, records: Y.Map<TLRecord>, meta: Y.Map<unknown>): void {
  const incoming = storedRecords(store, records, meta).flatMap((value) => validRecord(store, value) ?? [])
  if (incoming.length) store.mergeRemoteChanges(() => store.put(incoming))
}

/**
 * Starts sync; call it once the doc holds what is known locally (IndexedDB loaded). Nothing is seeded:
 * tldraw's store creates its default document and page itself (as user changes, so they reach the map
 * like any edit) with fixed ids, so two clients creating them at once write the same records. A
 * read-only binding (viewers) only listens: the relay closes a viewer's socket on any write, so it
 * must not write even the schema.
 */
export function bindStoreToYjs(
  store: TLStore,
  doc: Y.Doc,
  origin: object,
  options: { writable: boolean },
): () => void {
  const records = canvasRecords(doc)
  const meta = doc.getMap<unknown>(CANVAS_META)
  applySnapshot(store, records, meta)
  const schema = store.schema.serialize()
  if (options.writable && JSON.stringify(meta.get('schema')) !== JSON.stringify(schema)) {
    doc.transact(() => meta.set('schema', schema), origin)
  }

  const stopListening = store.listen(
    ({ changes }) => {
      if (!options.writable) return
      doc.transact(() => {
        for (const record of Object.values(changes.added)) records.set(record.id, record)
        for (const [, record] of Object.values(changes.updated)) records.set(record.id, record)
        for (const id of Object.keys(changes.removed)) records.delete(id)
      }, origin)
    },
    { source: 'user', scope: 'document' },
  )

  const onRemote = (event: Y.YMapEvent<TLRecord>, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return
    const put: TLRecord[] = []
    const removed: TLRecord['id'][] = []
    for (const [id, change] of event.changes.keys) {
      if (change.action === 'delete') {
        if (store.has(id as TLRecord['id'])) removed.push(id as TLRecord['id'])
        continue
      }
      const record = validRecord(store, records.get(id))
      if (record) put.push(record)
    }
    if (!put.length && !removed.length) return
    store.mergeRemoteChanges(() => {
      if (removed.length) store.remove(removed)
      if (put.length) store.put(put)
    })
  }
  records.observe(onRemote)

  return () => {
    stopListening()
    records.unobserve(onRemote)
  }
}
