/**
 * Has the browser ask before the page closes while a change is on neither the server nor this
 * device: the local store writes each change in an IndexedDB transaction of its own, and closing the
 * page aborts one that has not committed yet (usually a few milliseconds after the change; longer
 * while the disk is busy). Returns the function that removes the guard.
 */
export function guardUnsavedOnUnload(hasUnstoredChanges: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (hasUnstoredChanges()) event.preventDefault()
  }
  window.addEventListener('beforeunload', onBeforeUnload)
  return () => window.removeEventListener('beforeunload', onBeforeUnload)
}
