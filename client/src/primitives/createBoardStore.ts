import {
  type BoardView,
  entityIn,
  entriesOf,
  lanesOf,
  mapsOf,
  metaOf,
  type Note,
  notesOf,
  type Ordered,
  readBoard,
  readBoardMeta,
  readLane,
  readMap,
  readNote,
  readStage,
  sortOrdered,
  stagesOf,
} from '@jm/shared'
import { batch, onCleanup } from 'solid-js'
import { createStore, produce, reconcile } from 'solid-js/store'
import type * as Y from 'yjs'

function readAll<T extends Ordered>(
  collection: Y.Map<Y.Map<unknown>>,
  read: (id: string, map: Y.Map<unknown>) => T,
): T[] {
  return sortOrdered(entriesOf(collection).map(([id, map]) => read(id, map)))
}

/**
 * A Solid store projected from the board's Y.Doc.
 *
 * Notes are projected incrementally: an observer on the notes collection records which note ids a
 * transaction touched, and only those are re-read (a keystroke in one note of a 5,000-note board
 * re-reads one note, not the board). Stages, lanes, maps and meta are small and re-read whole.
 * `notes` is in no particular order; the grid orders each cell's notes itself.
 */
export function createBoardStore(doc: Y.Doc): BoardView {
  const initial = readBoard(doc)
  const [board, setBoard] = createStore<BoardView>(initial)
  const indexOf = new Map<string, number>(initial.notes.map((note, index) => [note.id, index]))
  const dirtyNotes = new Set<string>()
  let structureDirty = false

  const applyNotes = () => {
    const notes = notesOf(doc)
    const added: Note[] = []
    const removed = new Set<string>()
    for (const id of dirtyNotes) {
      const entity = entityIn(notes, id)
      const index = indexOf.get(id)
      if (!entity) {
        if (index !== undefined) removed.add(id)
      } else if (index === undefined) {
        added.push(readNote(id, entity))
      } else {
        setBoard('notes', index, reconcile(readNote(id, entity)))
      }
    }
    dirtyNotes.clear()
    if (added.length === 0 && removed.size === 0) return
    setBoard(
      'notes',
      produce((list) => {
        if (removed.size > 0) {
          const kept = list.filter((note) => !removed.has(note.id))
          list.length = 0
          list.push(...kept)
        }
        list.push(...added)
      }),
    )
    indexOf.clear()
    for (const [index, note] of board.notes.entries()) indexOf.set(note.id, index)
  }

  let scheduled = false
  const flush = () => {
    scheduled = false
    batch(() => {
      applyNotes()
      if (structureDirty) {
        structureDirty = false
        setBoard('meta', reconcile(readBoardMeta(doc)))
        setBoard('maps', reconcile(readAll(mapsOf(doc), readMap), { key: 'id' }))
        setBoard('stages', reconcile(readAll(stagesOf(doc), readStage), { key: 'id' }))
        setBoard('lanes', reconcile(readAll(lanesOf(doc), readLane), { key: 'id' }))
      }
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
  const structure = [metaOf(doc), mapsOf(doc), stagesOf(doc), lanesOf(doc)]
  notesOf(doc).observeDeep(onNotes)
  for (const type of structure) type.observeDeep(onStructure)
  onCleanup(() => {
    notesOf(doc).unobserveDeep(onNotes)
    for (const type of structure) type.unobserveDeep(onStructure)
  })
  return board
}
