import { createSignal, onCleanup } from 'solid-js'
import type { RoomConnection } from '../sync/openRoom.ts'
import type { SyncState } from '../sync/syncStatus.ts'

/** online, offline, connecting, or "N changes not yet saved", from the provider and the saved tracker. */
export function createSyncState(connection: RoomConnection) {
  const compute = (): SyncState => {
    const { provider, saved } = connection
    const pending = saved.pending
    if (!navigator.onLine || (!provider.wsconnected && !provider.wsconnecting)) return { kind: 'offline' }
    // Unsaved work is what matters while (re)connecting: show its count rather than "Connecting…".
    if (provider.wsconnecting || !provider.synced)
      return pending > 0 ? { kind: 'unsaved', count: pending } : { kind: 'connecting' }
    return pending > 0 ? { kind: 'unsaved', count: pending } : { kind: 'online' }
  }
  const [state, setState] = createSignal<SyncState>(compute())
  const [pending, setPending] = createSignal(connection.saved.pending)
  const update = () => {
    setState(compute())
    setPending(connection.saved.pending)
  }
  connection.provider.on('status', update)
  connection.provider.on('sync', update)
  const stop = connection.saved.onChange(update)
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  onCleanup(() => {
    connection.provider.off('status', update)
    connection.provider.off('sync', update)
    stop()
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  })
  return { state, pending }
}
