import { entityIn, type Note, notesOf, readNote } from '@jm/shared'
import type * as Y from 'yjs'

/**
 * What the canvas knows of the board's journey notes: a note reference on the canvas stores only the
 * note's id and reads its current text from the board document, so it is always live. `read` returns
 * the same object until the notes change, which is what React's useSyncExternalStore needs.
 */
export interface JourneyNotes {
  /** The note as it is now, or null when it was deleted from the map. */
  read(noteId: string): Note | null
  subscribe(listener: () => void): () => void
  /** Scrolls the map to the note and highlights it. */
  open(noteId: string): void
  destroy(): void
}

export function journeyNotesOf(doc: Y.Doc, open: (noteId: string) => void): JourneyNotes {
  const notes = notesOf(doc)
  let cache = new Map<string, Note | null>()
  const listeners = new Set<() => void>()
  const onChange = () => {
    cache = new Map()
    for (const listener of listeners) listener()
  }
  notes.observeDeep(onChange)
  return {
    read(noteId) {
      if (!cache.has(noteId)) {
        const entity = entityIn(notes, noteId)
        cache.set(noteId, entity ? readNote(noteId, entity) : null)
      }
      return cache.get(noteId) ?? null
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    open,
    destroy: () => notes.unobserveDeep(onChange),
  }
}
