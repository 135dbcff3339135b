import type { IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'
import type { SavedTracker } from './syncStatus.ts'

/**
 * Has the browser ask before the page closes while a change is on neither the server nor this
 * device: y-indexeddb writes each change in an IndexedDB transaction of its own, and closing the page
 * aborts one that has not committed yet (usually a few milliseconds after the change; longer while
 * the disk is busy). Returns the function that removes the guard.
 *
 * When the local writes are committed is learnt from a read-only transaction on the same store:
 * IndexedDB starts it only once every read-write transaction created before it has finished.
 */
export function guardUnsavedOnUnload(
  doc: Y.Doc,
  local: IndexeddbPersistence,
  saved: SavedTracker,
): () => void {
  let written = 0
  let committed = 0
  let probing = false
  const probe = () => {
    const db = local.db
    if (probing || !db || committed === written) return
    probing = true
    const upTo = written
    const settle = () => {
      probing = false
      committed = Math.max(committed, upTo)
      probe()
    }
    try {
      const transaction = db.transaction('updates', 'readonly')
      transaction.oncomplete = settle
      transaction.onabort = settle
    } catch {
      // The database is closing (the board is being left): nothing more will be written to it.
      probing = false
      committed = written
    }
  }
  // Not an 'update' listener: that would make Yjs encode the large loads quietLargeLoads keeps quiet.
  // The probe waits for a microtask, by when y-indexeddb's listener has queued the transaction's write.
  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === local || !local.db) return
    written++
    queueMicrotask(probe)
  }
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (committed < written && saved.pending > 0) event.preventDefault()
  }
  doc.on('afterTransaction', onTransaction)
  window.addEventListener('beforeunload', onBeforeUnload)
  return () => {
    doc.off('afterTransaction', onTransaction)
    window.removeEventListener('beforeunload', onBeforeUnload)
  }
}
