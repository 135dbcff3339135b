/**
 * What this person saw last on this device: the board's full Yjs state when they last marked it as
 * seen, kept in IndexedDB (a board of thousands of notes is too large for localStorage).
 */
export interface SeenState {
  update: Uint8Array
  commentIds: string[]
  at: number
}

const DB = 'jm-followup'
const STORE = 'seen'

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  } finally {
    db.close()
  }
}

export const loadSeen = (board: string): Promise<SeenState | undefined> =>
  run('readonly', (store) => store.get(board))

export const saveSeen = (board: string, state: SeenState): Promise<IDBValidKey> =>
  run('readwrite', (store) => store.put(state, board))

/** Drops what this person saw of a board, without creating the database when there is none. */
export async function forgetSeen(board: string): Promise<void> {
  if ((await indexedDB.databases()).some(({ name }) => name === DB))
    await run('readwrite', (store) => store.delete(board))
}
