import { CloseCodes, LocalOrigin } from '@jm/shared'
import * as Y from 'yjs'
import { afterNextPaint } from './afterNextPaint.ts'
import { boardState } from './boardState.ts'
import { LocalStore } from './LocalStore.ts'
import { hasLocalCopy, localDatabaseName, markLocalCopy, roomDatabaseName } from './localCopy.ts'
import { quietLargeLoads } from './quietLargeLoads.ts'
import { RelayProvider } from './RelayProvider.ts'
import { SavedTracker } from './syncStatus.ts'

export interface RoomConnection {
  doc: Y.Doc
  provider: RelayProvider
  saved: SavedTracker
  origin: LocalOrigin
  /** Resolves when the IndexedDB copy is loaded (immediately useful offline; at once without one). */
  whenLocalLoaded: Promise<void>
  /**
   * Resolves when there is a board to show: the local copy holds it, its state fetched over HTTP
   * has been applied, the relay has synced it, or the relay cannot be reached (then whatever the
   * local copy has, as when offline). A board never opened here is thus built once from the
   * server's state, not shown empty and then refilled.
   */
  whenReadable: Promise<void>
  /**
   * Resolves when the relay says the board was deleted: it closes the socket with 4410, at once for a
   * board deleted while open and on connecting for one deleted since (the provider stops retrying).
   */
  whenDeleted: Promise<void>
  /**
   * Whether closing the page now would lose a change: one the server does not have yet and that is
   * not written to this device's copy either (a write still in its IndexedDB transaction, or a room
   * kept on no device).
   */
  hasUnstoredChanges(): boolean
  destroy(): void
}

/**
 * Where a room's copy on this device lives: `board` rooms (the map, its canvas) in the databases
 * y-indexeddb was given, `room` (a ballot, private notes) in their own; `none` keeps no copy (the
 * facilitator's control room, whose state is only meaningful live).
 */
export type LocalCopy = 'board' | 'room' | 'none'

export interface RoomOptions {
  localCopy: LocalCopy
  /** The room is a board's, whose state GET /api/boards/:id/state serves. */
  stateOverHttp?: boolean
}

export function syncServerUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/sync`
}

const databaseNames: Record<Exclude<LocalCopy, 'none'>, (room: string) => string> = {
  board: localDatabaseName,
  room: roomDatabaseName,
}

/**
 * One room of a board: its Y.Doc, kept in IndexedDB (unless `none`) and synced with the relay.
 * BoardSession opens them; nothing else should.
 */
export function openRoom(room: string, token: string, actorId: string, options: RoomOptions): RoomConnection {
  const { localCopy, stateOverHttp = false } = options
  // The board's own room times the first load (the benchmarks read these marks).
  const mark = (name: string) => stateOverHttp && performance.mark(name)
  mark('jm:board-open')
  const doc = new Y.Doc()
  const local = localCopy === 'none' ? null : new LocalStore(databaseNames[localCopy](room), doc)
  const provider = new RelayProvider(syncServerUrl(), room, doc, {
    params: { token },
    maxBackoffTime: 5000,
    connect: false,
  })
  const applyFetchedState = local
    ? quietLargeLoads(doc, local, provider)
    : (state: Uint8Array) => Y.applyUpdate(doc, state)
  let started = false
  let destroyed = false
  const connect = () => {
    if (destroyed) return
    mark('jm:connect')
    provider.connect()
  }
  const start = () => {
    started = true
    connect()
  }
  const hasContent = () => doc.store.clients.size > 0
  const markCopy = () => local && hasContent() && markLocalCopy(room)
  const whenLocalLoaded = local
    ? local.whenLoaded.then(() => {
        mark('jm:local-loaded')
      })
    : Promise.resolve()
  // An IndexedDB that cannot open (e.g. storage disabled) must not keep the board off the network.
  const localSettled = new Promise<void>((resolve) => {
    void whenLocalLoaded.then(resolve)
    local?.whenOpen.catch(() => resolve())
  })
  // The socket opens once the board is in the document: its sync step 1 then carries the state
  // vector and the relay sends only what is missing, not the whole board a second time; and the
  // board's first frame comes first. With a local copy, that is once
  // IndexedDB has loaded it. Without one, a board's state is fetched over HTTP (see boardState.ts)
  // while IndexedDB creates its empty database, and applied once that exists (applied earlier, it
  // would be encoded whole into the new database, ~150 ms). Any other room connects at once.
  const hadCopy = local !== null && hasLocalCopy(room)
  const whenLoaded: Promise<void> = hadCopy
    ? localSettled
    : stateOverHttp
      ? Promise.all([boardState(room, token), localSettled]).then(([state]) => {
          mark('jm:state-fetched')
          if (state && !destroyed) applyFetchedState(state)
        })
      : Promise.resolve()
  void whenLoaded.then(() => {
    markCopy()
    if (hasContent()) afterNextPaint(start)
    else start()
  })
  provider.once('sync', () => {
    mark('jm:relay-synced')
    markCopy()
  })
  const saved = new SavedTracker(doc, provider)
  // The browser knows it lost the network before the socket does; stop writing into a dead socket
  // and reconnect as soon as it comes back.
  const goOffline = () => provider.disconnect()
  const goOnline = () => started && connect()
  window.addEventListener('offline', goOffline)
  window.addEventListener('online', goOnline)
  const whenReadable = new Promise<void>((resolve) => {
    provider.once('sync', () => resolve())
    void Promise.all([whenLoaded, localSettled]).then(() => {
      if (hasContent()) resolve()
      else {
        provider.once('connection-close', () => resolve())
        provider.once('connection-error', () => resolve())
      }
    })
  })
  const whenDeleted = new Promise<void>((resolve) => {
    provider.on('closed', (event) => {
      if (event.code === CloseCodes.Deleted.code) resolve()
    })
  })
  return {
    doc,
    provider,
    saved,
    origin: new LocalOrigin(actorId),
    whenLocalLoaded,
    whenReadable,
    whenDeleted,
    hasUnstoredChanges: () => saved.pending > 0 && (local === null || local.unwritten > 0),
    destroy() {
      destroyed = true
      window.removeEventListener('offline', goOffline)
      window.removeEventListener('online', goOnline)
      provider.destroy()
      local?.destroy()
      doc.destroy()
    },
  }
}
