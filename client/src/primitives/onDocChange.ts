import type * as Y from 'yjs'

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
