import { LocalOrigin, metaOf } from '@jm/shared'
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { afterNextPaint } from './afterNextPaint.ts'
import { quietLargeLoads } from './quietLargeLoads.ts'
import { SavedTracker } from './syncStatus.ts'

export interface BoardConnection {
  doc: Y.Doc
  provider: WebsocketProvider
  local: IndexeddbPersistence
  saved: SavedTracker
  origin: LocalOrigin
  /** Resolves when the IndexedDB copy is loaded (immediately useful offline). */
  whenLocalLoaded: Promise<void>
  /**
   * Resolves when there is a board to show: the local copy holds it, the relay has synced it, or
   * the relay cannot be reached (then whatever the local copy has, as when offline). A board never
   * opened here is thus built once from the relay's state, not shown empty and then refilled.
   */
  whenReadable: Promise<void>
  destroy(): void
}

export function syncServerUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/sync`
}

/** One board: its Y.Doc kept in IndexedDB and synced with the relay. */
export function openBoard(boardId: string, token: string, actorId: string): BoardConnection {
  const doc = new Y.Doc()
  const local = new IndexeddbPersistence(`jm-board-${boardId}`, doc)
  const provider = new WebsocketProvider(syncServerUrl(), boardId, doc, {
    params: { token },
    maxBackoffTime: 5000,
    connect: false,
  })
  quietLargeLoads(doc, local, provider)
  let loaded = false
  let destroyed = false
  const connect = () => {
    if (!destroyed) provider.connect()
  }
  const whenLocalLoaded = local.whenSynced.then(() => {
    loaded = true
  })
  // The socket opens once the local copy is in the document: its sync step 1 then carries the local
  // state vector and the relay sends only what is missing, not the whole board a second time. With
  // the board already here, its first frame comes first (connecting also encodes the whole document
  // for the other tabs, y-websocket's BroadcastChannel sync, ~100 ms for 5,000 notes).
  void whenLocalLoaded.then(() => (metaOf(doc).size > 0 ? afterNextPaint(connect) : connect()))
  // An IndexedDB that cannot open (e.g. storage disabled) must not keep the board off the network.
  void local._db.catch(() => {
    loaded = true
    connect()
  })
  const saved = new SavedTracker(doc, provider)
  // The browser knows it lost the network before the socket does; stop writing into a dead socket
  // and reconnect as soon as it comes back.
  const goOffline = () => provider.disconnect()
  const goOnline = () => loaded && connect()
  window.addEventListener('offline', goOffline)
  window.addEventListener('online', goOnline)
  const whenReadable = new Promise<void>((resolve) => {
    provider.once('sync', () => resolve())
    void whenLocalLoaded.then(() => {
      if (metaOf(doc).size > 0) resolve()
      else {
        provider.once('connection-close', () => resolve())
        provider.once('connection-error', () => resolve())
      }
    })
  })
  return {
    doc,
    provider,
    local,
    saved,
    origin: new LocalOrigin(actorId),
    whenLocalLoaded,
    whenReadable,
    destroy() {
      destroyed = true
      window.removeEventListener('offline', goOffline)
      window.removeEventListener('online', goOnline)
      provider.destroy()
      void local.destroy()
      doc.destroy()
    },
  }
}
