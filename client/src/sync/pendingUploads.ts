import * as idb from 'lib0/indexeddb'

/**
 * Files attached while the server could not be reached, kept in IndexedDB until they are uploaded:
 * the note already refers to them by hash (the reference merges like any change), and the bytes
 * follow once the server answers. Keyed `<board>/<hash>`, so one board's are read alone.
 */
const DATABASE = 'jm-pending-uploads'
const STORE = 'files'

export interface PendingUpload {
  hash: string
  file: File
}

/** One connection for the page, opened when first needed. */
let database: Promise<IDBDatabase> | undefined

/** The files store, in a transaction of its own. */
async function filesStore(access: IDBTransactionMode): Promise<IDBObjectStore> {
  database ??= idb.openDB(DATABASE, (created) => idb.createStores(created, [[STORE]]))
  return (await database).transaction([STORE], access).objectStore(STORE)
}
const keyOf = (board: string, hash: string) => `${board}/${hash}`

export async function keepForUpload(board: string, upload: PendingUpload): Promise<void> {
  const store = await filesStore('readwrite')
  // lib0's put is typed for plain values; a File is stored as it is (IndexedDB clones it).
  await idb.rtop(store.put(upload, keyOf(board, upload.hash)))
}

export async function pendingUploads(board: string): Promise<PendingUpload[]> {
  const store = await filesStore('readonly')
  const range = idb.createIDBKeyRangeBound(`${board}/`, `${board}/\uffff`, false, false)
  return (await idb.getAll(store, range)) as PendingUpload[]
}

export async function forgetPendingUpload(board: string, hash: string): Promise<void> {
  const store = await filesStore('readwrite')
  await idb.del(store, keyOf(board, hash))
}
