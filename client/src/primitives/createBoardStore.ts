import { type BoardView, readBoard } from '@jm/shared'
import { onCleanup } from 'solid-js'
import { createStore, reconcile } from 'solid-js/store'
import type * as Y from 'yjs'

/**
 * A Solid store projected from the board's Y.Doc. Changes are coalesced per microtask and merged
 * with `reconcile` keyed by id, so only the notes that changed re-render.
 */
export function createBoardStore(doc: Y.Doc): BoardView {
  const [board, setBoard] = createStore<BoardView>(readBoard(doc))
  let scheduled = false
  const refresh = () => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(() => {
      scheduled = false
      setBoard(reconcile(readBoard(doc), { key: 'id' }))
    })
  }
  doc.on('update', refresh)
  onCleanup(() => doc.off('update', refresh))
  return board
}
