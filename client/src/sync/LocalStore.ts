import * as idb from 'lib0/indexeddb'
import * as Y from 'yjs'

/**
 * The object stores, as y-indexeddb lays them out: an update log with generated keys, and a
 * key-value store we do not use but keep. Copies written by y-indexeddb (before this store replaced
 * it) open here unchanged, and the other way round.
 */
export const UPDATES_STORE = 'updates'
export const CUSTOM_STORE = 'custom'
/** Log entries past which it is merged into one (y-indexeddb's PREFERRED_TRIM_SIZE). */
export const COMPACT_AT = 500
/** Merging waits for this quiet time after the last write, as y-indexeddb's does. */
const COMPACT_AFTER_MS = 1000

/** Creates the stores on a database's first open (also done ahead of time by createLocalDatabase). */
export function createStores(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains(UPDATES_STORE))
    db.createObjectStore(UPDATES_STORE, { autoIncrement: true })
  if (!db.objectStoreNames.contains(CUSTOM_STORE)) db.createObjectStore(CUSTOM_STORE)
}

/**
 * A Y.Doc's copy in IndexedDB: an append-only log of its updates, one IndexedDB transaction each,
 * merged into one entry once it is long. On opening, the log is applied to the document in one
 * transaction whose origin is this store (so it is not written back).
 *
 * `storeUpdate` is the document's 'update' listener, public so that a caller can detach it for a
 * transaction whose update it stores itself or need not store (see quietLargeLoads.ts).
 */
export class LocalStore {
  /** Resolves with the open database; rejects when it cannot be opened (storage disabled). */
  readonly whenOpen: Promise<IDBDatabase>
  /** Resolves once the stored copy has been applied to the document. */
  readonly whenLoaded: Promise<void>
  #db: IDBDatabase | null = null
  #destroyed = false
  /** The key after the last entry this store has read or written; entries from here on are new. */
  #next = 0
  /** Entries in the log, as last counted plus those written since. */
  #entries = 0
  #compactTimer: ReturnType<typeof setTimeout> | null = null
  /** Writes handed to IndexedDB and not yet committed (or aborted). */
  #unwritten = 0

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
  ) {
    this.whenOpen = idb.openDB(name, createStores)
    this.whenLoaded = new Promise((loaded, failed) => {
      this.whenOpen.then((db) => {
        this.#db = db
        // Another page deletes the database (the board is forgotten): let it, and keep nothing more.
        db.onversionchange = () => {
          this.#db = null
          db.close()
        }
        return this.#readNew(db, true, loaded)
      }, failed)
    })
    // The caller learns of a failure through whenOpen; whenLoaded then simply never resolves.
    this.whenLoaded.catch(() => {})
    doc.on('update', this.storeUpdate)
    doc.on('destroy', this.destroy)
  }

  /** Writes handed to IndexedDB that have not committed yet: closing the page now may lose them. */
  get unwritten(): number {
    return this.#unwritten
  }

  /** Appends an update to the log, unless it came from this store's own load. */
  readonly storeUpdate = (update: Uint8Array, origin: unknown): void => {
    const db = this.#db
    if (!db || origin === this || this.#destroyed) return
    const [store] = idb.transact(db, [UPDATES_STORE])
    if (!store) return
    this.#track(store.transaction)
    store.add(update)
    if (++this.#entries >= COMPACT_AT) {
      if (this.#compactTimer !== null) clearTimeout(this.#compactTimer)
      this.#compactTimer = setTimeout(() => {
        this.#compactTimer = null
        // A failed merge leaves the log as it was, only longer.
        if (this.#db === db) this.#compact(db).catch(() => {})
      }, COMPACT_AFTER_MS)
    }
  }

  readonly destroy = (): void => {
    if (this.#destroyed) return
    this.#destroyed = true
    if (this.#compactTimer !== null) clearTimeout(this.#compactTimer)
    this.doc.off('update', this.storeUpdate)
    this.doc.off('destroy', this.destroy)
    void this.whenOpen.then((db) => db.close()).catch(() => {})
  }

  /**
   * Applies the entries written since this store last read (on opening: all of them; later, also
   * those another tab wrote). On opening, what the document already held is written first, so that
   * changes made before the copy loaded are kept too (as y-indexeddb does). `applied` is called as
   * soon as the entries are in the document.
   */
  async #readNew(db: IDBDatabase, opening: boolean, applied?: () => void): Promise<IDBObjectStore | null> {
    const [store] = idb.transact(db, [UPDATES_STORE])
    if (!store) return null
    const updates: Uint8Array[] = await idb.getAll(store, idb.createIDBKeyRangeLowerBound(this.#next, false))
    if (this.#destroyed) return null
    if (opening && this.doc.store.clients.size > 0) {
      this.#track(store.transaction)
      store.add(Y.encodeStateAsUpdate(this.doc))
    }
    Y.transact(
      this.doc,
      () => {
        for (const update of updates) Y.applyUpdate(this.doc, update)
      },
      this,
      false,
    )
    // The document is usable now; the log's end and length are read on in the same transaction.
    applied?.()
    const last: unknown = await idb.getLastKey(store)
    this.#next = typeof last === 'number' ? last + 1 : this.#next
    this.#entries = await idb.count(store)
    return store
  }

  /** Merges the log into one entry: the whole document, written before the entries it replaces are deleted. */
  async #compact(db: IDBDatabase): Promise<void> {
    const store = await this.#readNew(db, false)
    if (!store || this.#entries < COMPACT_AT) return
    this.#track(store.transaction)
    await idb.rtop(store.add(Y.encodeStateAsUpdate(this.doc)))
    await idb.del(store, idb.createIDBKeyRangeUpperBound(this.#next, true))
    this.#entries = await idb.count(store)
  }

  #track(transaction: IDBTransaction): void {
    this.#unwritten++
    const settle = () => {
      this.#unwritten--
    }
    transaction.addEventListener('complete', settle)
    transaction.addEventListener('abort', settle)
  }
}
