import * as Y from 'yjs'
import { LocalStore } from '../sync/LocalStore.ts'
import { roomDatabaseName } from '../sync/localCopy.ts'
import { syncServerUrl } from '../sync/openBoard.ts'
import { RelayProvider } from '../sync/RelayProvider.ts'

export interface RoomConnection {
  doc: Y.Doc
  provider: RelayProvider
  destroy(): void
}

/**
 * One facilitation room (control, ballot or private) on the same relay as the board. Rooms the
 * person writes to offline (ballot, private notes) keep a copy in IndexedDB, so a vote cast on a
 * train is merged when the connection comes back.
 */
export function openRoom(room: string, token: string, options: { keepOffline: boolean }): RoomConnection {
  const doc = new Y.Doc()
  const local = options.keepOffline ? new LocalStore(roomDatabaseName(room), doc) : null
  const provider = new RelayProvider(syncServerUrl(), room, doc, {
    params: { token },
    maxBackoffTime: 5000,
    connect: true,
  })
  const goOffline = () => provider.disconnect()
  const goOnline = () => provider.connect()
  window.addEventListener('offline', goOffline)
  window.addEventListener('online', goOnline)
  return {
    doc,
    provider,
    destroy() {
      window.removeEventListener('offline', goOffline)
      window.removeEventListener('online', goOnline)
      provider.destroy()
      local?.destroy()
      doc.destroy()
    },
  }
}

/** A signal-friendly subscription: calls `read` now and after every change, coalesced per microtask. */
export function onDocChange(doc: Y.Doc, read: () => void): () => void {
  let scheduled = false
  const handler = () => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(() => {
      scheduled = false
      read()
    })
  }
  doc.on('update', handler)
  read()
  return () => doc.off('update', handler)
}
