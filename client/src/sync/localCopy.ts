/**
 * Which boards this browser keeps a local (IndexedDB) copy of, remembered in localStorage because it
 * answers synchronously: a board without one connects at once instead of waiting for IndexedDB to
 * create an empty database first. A missing mark only costs speed (the relay may then send what the
 * copy already held); a stale one only delays the socket until IndexedDB answers.
 */
const key = (boardId: string) => `jm-local-copy-${boardId}`

/** The IndexedDB database y-indexeddb keeps a room's copy in. */
export const localDatabaseName = (room: string) => `jm-board-${room}`

/**
 * Creates a room's empty database ahead of y-indexeddb (~150 ms on a first visit, in the browser's
 * storage process), so that by the time the app opens it, only opening is left. The stores are
 * y-indexeddb's own ('updates' with generated keys, 'custom'); once they exist it opens without an
 * upgrade.
 */
export function createLocalDatabase(room: string): void {
  const request = indexedDB.open(localDatabaseName(room))
  request.onupgradeneeded = () => {
    const db = request.result
    if (!db.objectStoreNames.contains('updates')) db.createObjectStore('updates', { autoIncrement: true })
    if (!db.objectStoreNames.contains('custom')) db.createObjectStore('custom')
  }
  request.onsuccess = () => request.result.close()
}

export function hasLocalCopy(boardId: string): boolean {
  return localStorage.getItem(key(boardId)) !== null
}

export function markLocalCopy(boardId: string): void {
  localStorage.setItem(key(boardId), '1')
}

export function unmarkLocalCopy(boardId: string): void {
  localStorage.removeItem(key(boardId))
}
