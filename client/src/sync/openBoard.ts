import { LocalOrigin } from '@jm/shared'
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { SavedTracker } from './syncStatus.ts'

export interface BoardConnection {
  doc: Y.Doc
  provider: WebsocketProvider
  local: IndexeddbPersistence
  saved: SavedTracker
  origin: LocalOrigin
  /** Resolves when the IndexedDB copy is loaded (immediately useful offline). */
  whenLocalLoaded: Promise<void>
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
  })
  const saved = new SavedTracker(doc, provider)
  // The browser knows it lost the network before the socket does; stop writing into a dead socket
  // and reconnect as soon as it comes back.
  const goOffline = () => provider.disconnect()
  const goOnline = () => provider.connect()
  window.addEventListener('offline', goOffline)
  window.addEventListener('online', goOnline)
  return {
    doc,
    provider,
    local,
    saved,
    origin: new LocalOrigin(actorId),
    whenLocalLoaded: local.whenSynced.then(() => undefined),
    destroy() {
      window.removeEventListener('offline', goOffline)
      window.removeEventListener('online', goOnline)
      provider.destroy()
      void local.destroy()
      doc.destroy()
    },
  }
}
