import { boardOfRoom } from '@jm/shared'
import { createStores } from './LocalStore.ts'

/**
 * Which boards this browser keeps a local (IndexedDB) copy of, remembered in localStorage because it
 * answers synchronously: a board without one connects at once instead of waiting for IndexedDB to
 * create an empty database first. A missing mark only costs speed (the relay may then send what the
 * copy already held); a stale one only delays the socket until IndexedDB answers.
 */
const key = (boardId: string) => `jm-local-copy-${boardId}`

/** The IndexedDB database a room's copy is kept in (the name y-indexeddb was given, kept). */
export const localDatabaseName = (room: string) => `jm-board-${room}`

/** The IndexedDB database of a facilitation room kept offline (a ballot, private notes). */
export const roomDatabaseName = (room: string) => `jm-room-${room}`

/** Whether a name is `<prefix><room>` for one of the board's rooms. */
const namesRoomOf = (name: string, prefix: string, boardId: string) =>
  name.startsWith(prefix) && boardOfRoom(name.slice(prefix.length)) === boardId

/**
 * Every database this browser keeps for a board's rooms, found by name rather than derived from the
 * rooms open now: ballots and private notes of people who used this browser before are kept too.
 */
export async function localDatabasesOf(boardId: string): Promise<string[]> {
  const prefixes = [localDatabaseName(''), roomDatabaseName('')]
  return (await indexedDB.databases()).flatMap(({ name }) =>
    name && prefixes.some((prefix) => namesRoomOf(name, prefix, boardId)) ? [name] : [],
  )
}

/**
 * Creates a room's empty database ahead of its LocalStore (~150 ms on a first visit, in the browser's
 * storage process), so that by the time the app opens it, only opening is left: once the stores exist
 * it opens without an upgrade.
 */
export function createLocalDatabase(room: string): void {
  const request = indexedDB.open(localDatabaseName(room))
  request.onupgradeneeded = () => createStores(request.result)
  request.onsuccess = () => request.result.close()
}

export function hasLocalCopy(boardId: string): boolean {
  return localStorage.getItem(key(boardId)) !== null
}

export function markLocalCopy(boardId: string): void {
  localStorage.setItem(key(boardId), '1')
}

/** Drops the marks of all of a board's rooms (the board's own and its canvas's). */
export function unmarkLocalCopiesOf(boardId: string): void {
  const marks = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index))
  for (const mark of marks) if (mark && namesRoomOf(mark, key(''), boardId)) localStorage.removeItem(mark)
}
