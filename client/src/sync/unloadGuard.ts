import type { LocalStore } from './LocalStore.ts'
import type { SavedTracker } from './syncStatus.ts'

/**
 * Has the browser ask before the page closes while a change is on neither the server nor this
 * device: the local store writes each change in an IndexedDB transaction of its own, and closing the
 * page aborts one that has not committed yet (usually a few milliseconds after the change; longer
 * while the disk is busy). The store counts the writes it handed to IndexedDB that have not
 * committed. Returns the function that removes the guard.
 */
export function guardUnsavedOnUnload(local: LocalStore, saved: SavedTracker): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (local.unwritten > 0 && saved.pending > 0) event.preventDefault()
  }
  window.addEventListener('beforeunload', onBeforeUnload)
  return () => window.removeEventListener('beforeunload', onBeforeUnload)
}
