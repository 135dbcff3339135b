import {
  type BoardView,
  entityIn,
  lanesOf,
  mapsOf,
  metaOf,
  type Note,
  notesOf,
  personasOf,
  placeNote,
  readBoard,
  readNote,
  stagesOf,
} from '@jm/shared'
import { batch, onCleanup } from 'solid-js'
import { createStore, produce, reconcile } from 'solid-js/store'
import type * as Y from 'yjs'

/**
 * A Solid store projected from the board's Y.Doc, updated once per microtask.
 *
 * Note changes are applied incrementally: an observer on the notes collection records which note
 * ids a transaction touched and only those are re-read and placed (a keystroke in one note of a
 * 5,000-note board re-reads one note, not the board). A change to stages, lanes, maps, personas or
 * meta can move many notes (a deleted stage redirects its notes), so it re-reads the whole board
 * and reconciles by id. `notes` is in no particular order; the grid orders each cell itself.
 */
export function createBoardStore(doc: Y.Doc): BoardView {
  const [board, setBoard] = createStore<BoardView>(readBoard(doc))
  const dirtyNotes = new Set<string>()
  let structureDirty = false
  let placedIndex = new Map<string, number>()
  const reindex = () => {
    placedIndex = new Map(board.notes.map((note, index) => [note.id, index]))
  }
  reindex()

  const applyNotes = () => {
    const notes = notesOf(doc)
    const place = placeNote(doc)
    const added: Note[] = []
    const gone = new Set<string>()
    const unplaced = new Map<string, Note | null>()
    for (const id of dirtyNotes) {
      const entity = entityIn(notes, id)
      const placed = entity ? place(readNote(id, entity)) : undefined
      const index = placedIndex.get(id)
      if (placed && index !== undefined) setBoard('notes', index, reconcile(placed))
      else if (placed) added.push(placed)
      else if (index !== undefined) gone.add(id)
      if (entity && !placed) unplaced.set(id, readNote(id, entity))
      else if (board.unplacedNotes.some((note) => note.id === id)) unplaced.set(id, null)
    }
    dirtyNotes.clear()
    if (unplaced.size > 0)
      setBoard('unplacedNotes', (list) => [
        ...list.filter((note) => !unplaced.has(note.id)),
        ...[...unplaced.values()].filter((note): note is Note => note !== null),
      ])
    if (added.length === 0 && gone.size === 0) return
    setBoard(
      'notes',
      produce((list) => {
        if (gone.size > 0) {
          const kept = list.filter((note) => !gone.has(note.id))
          list.length = 0
          list.push(...kept)
        }
        list.push(...added)
      }),
    )
    reindex()
  }

  let scheduled = false
  const flush = () => {
    scheduled = false
    batch(() => {
      if (structureDirty) {
        structureDirty = false
        dirtyNotes.clear()
        setBoard(reconcile(readBoard(doc), { key: 'id' }))
        reindex()
      } else applyNotes()
    })
  }
  const schedule = () => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(flush)
  }

  const onNotes = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      const [first] = event.path
      if (typeof first === 'string') dirtyNotes.add(first)
      else for (const key of event.changes.keys.keys()) dirtyNotes.add(key)
    }
    schedule()
  }
  const onStructure = () => {
    structureDirty = true
    schedule()
  }
  const structure = [metaOf(doc), mapsOf(doc), stagesOf(doc), lanesOf(doc), personasOf(doc)]
  notesOf(doc).observeDeep(onNotes)
  for (const type of structure) type.observeDeep(onStructure)
  onCleanup(() => {
    notesOf(doc).unobserveDeep(onNotes)
    for (const type of structure) type.unobserveDeep(onStructure)
  })
  return board
}
