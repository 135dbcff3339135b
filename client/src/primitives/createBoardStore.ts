import {
  actionsOf,
  attachmentsOf,
  type BoardView,
  entityIn,
  entriesOf,
  lanesOf,
  linksOf,
  mapsOf,
  metaOf,
  type Note,
  notesOf,
  personasOf,
  placeNote,
  readActions,
  readAttachments,
  readBoardStructure,
  readLinks,
  readNote,
  readNotePlacement,
  readNotes,
  stagesOf,
} from '@jm/shared'
import { type Accessor, batch, createSignal, onCleanup, untrack } from 'solid-js'
import { createStore, produce, reconcile, unwrap } from 'solid-js/store'
import type * as Y from 'yjs'
import { cellKey, createCellLists } from './createCellLists.ts'
import { sameButText } from './sameButText.ts'

export interface BoardStore {
  board: BoardView
  /**
   * The notes of one cell in display order, as plain objects (untracked fields, cheap for big
   * cells); reading it tracks which notes the cell holds and their order. `live` gives a note's
   * reactive view to render.
   */
  notesIn(stageId: string, laneId: string): readonly Note[]
  live(note: Note): Note
  /**
   * All placed notes as plain objects (untracked reads, cheap to scan), signalled whenever a note
   * is added, removed or changed other than by typing, so board-wide summaries such as the emotion
   * curve stay current without re-running on every keystroke.
   */
  plainNotes: Accessor<readonly Note[]>
}

const keyOf = (note: Pick<Note, 'stageId' | 'laneId'>) => cellKey(note.stageId, note.laneId)

/**
 * A Solid store projected from the board's Y.Doc, built once from the document as it stands and
 * then updated once per microtask from `observeDeep` events, touching only what changed.
 *
 * A note change re-reads that note alone (a keystroke in one note of a 5,000-note board re-reads
 * one note, not the board). A change to stages, lanes, maps, personas or meta re-reads those (they
 * are few) and re-places only the notes whose cell it changed, e.g. those of a deleted stage,
 * which follow its redirect. `board.notes` is in no particular order; `notesIn` orders each cell.
 */
export function createBoardStore(doc: Y.Doc): BoardStore {
  const [board, setBoard] = createStore<BoardView>({
    ...readBoardStructure(doc),
    notes: [],
    unplacedNotes: [],
  })
  /** The store's own plain data: reading it neither tracks nor wraps (5,000 notes stay cheap). */
  const plain = unwrap(board)
  // Put in place before anything reads the store (so no signal is due), which spares createStore's
  // deep walk of thousands of notes looking for proxies that freshly read notes cannot contain.
  Object.assign(plain, readNotes(doc))
  let placedIndex = new Map<string, number>()
  const reindex = () => {
    placedIndex = new Map(plain.notes.map((note, index) => [note.id, index]))
  }
  reindex()
  const unplacedIds = new Set(plain.unplacedNotes.map((note) => note.id))
  const indexOf = (id: string) => placedIndex.get(id) ?? -1
  const cells = createCellLists((id) => plain.notes[indexOf(id)] as Note)
  for (const note of plain.notes) cells.add(keyOf(note), note.id)
  cells.flush() // nobody reads a cell yet: this only forgets that the cells were just filled
  const [notesChanged, signalNotesChanged] = createSignal(undefined, { equals: false })

  /** Re-reads these notes and places, updates, adds or removes each in the store. */
  const applyNotes = (ids: Iterable<string>) => {
    const notes = notesOf(doc)
    const place = placeNote(doc)
    const added: Note[] = []
    const gone = new Set<string>()
    const unplaced = new Map<string, Note | null>()
    let shapeChanged = false
    for (const id of ids) {
      const entity = entityIn(notes, id)
      const note = entity ? readNote(id, entity) : undefined
      const placed = note && place(note)
      const before = plain.notes[indexOf(id)]
      if (before && placed) {
        if (!sameButText(before, placed)) shapeChanged = true
        if (keyOf(before) !== keyOf(placed)) {
          cells.remove(keyOf(before), id)
          cells.add(keyOf(placed), id)
        } else if (before.order !== placed.order) cells.touch(keyOf(placed))
        setBoard('notes', indexOf(id), reconcile(placed))
      } else if (placed) added.push(placed)
      else if (before) {
        gone.add(id)
        cells.remove(keyOf(before), id)
      }
      if (note && !placed) unplaced.set(id, note)
      else if (unplacedIds.has(id)) unplaced.set(id, null)
    }
    if (unplaced.size > 0) {
      for (const [id, note] of unplaced) {
        if (note) unplacedIds.add(id)
        else unplacedIds.delete(id)
      }
      setBoard('unplacedNotes', (list) => [
        ...list.filter((note) => !unplaced.has(note.id)),
        ...[...unplaced.values()].filter((note): note is Note => note !== null),
      ])
    }
    if (added.length > 0 || gone.size > 0) {
      shapeChanged = true
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
      for (const note of added) cells.add(keyOf(note), note.id)
    }
    cells.flush()
    if (shapeChanged) signalNotesChanged()
  }

  /** Re-reads the small parts of the board; returns the notes whose cell that changed. */
  const applyStructure = (): string[] => {
    const structure = readBoardStructure(doc)
    setBoard('meta', reconcile(structure.meta))
    setBoard('maps', reconcile(structure.maps, { key: 'id' }))
    setBoard('stages', reconcile(structure.stages, { key: 'id' }))
    setBoard('lanes', reconcile(structure.lanes, { key: 'id' }))
    setBoard('personas', reconcile(structure.personas, { key: 'id' }))
    setBoard('comments', reconcile(structure.comments, { key: 'id' }))
    const place = placeNote(doc)
    const replaced: string[] = []
    for (const [id, entity] of entriesOf(notesOf(doc))) {
      const placed = place(readNotePlacement(id, entity))
      const before = plain.notes[indexOf(id)]
      if (placed && before ? keyOf(placed) !== keyOf(before) : placed !== before) replaced.push(id)
    }
    return replaced
  }

  const dirtyNotes = new Set<string>()
  let structureDirty = false
  // Actions are re-read when they change and when notes come or go, since they list only live notes.
  let actionsDirty = false
  let scheduled = false
  const flush = () => {
    scheduled = false
    batch(() => {
      if (structureDirty) {
        structureDirty = false
        for (const id of applyStructure()) dirtyNotes.add(id)
      }
      applyNotes(dirtyNotes)
      dirtyNotes.clear()
      if (actionsDirty) {
        actionsDirty = false
        setBoard('actions', reconcile(readActions(doc), { key: 'id' }))
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
      else {
        for (const key of event.changes.keys.keys()) dirtyNotes.add(key)
        actionsDirty = true
      }
    }
    schedule()
  }
  const onActions = () => {
    actionsDirty = true
    schedule()
  }
  const onStructure = () => {
    structureDirty = true
    schedule()
  }
  // Evidence places no notes, so adding some does not re-place the board's notes as a structure change does.
  const onLinks = () => setBoard('links', reconcile(readLinks(doc), { key: 'id' }))
  const onAttachments = () => setBoard('attachments', reconcile(readAttachments(doc), { key: 'id' }))
  const structure = [metaOf(doc), mapsOf(doc), stagesOf(doc), lanesOf(doc), personasOf(doc)]
  notesOf(doc).observeDeep(onNotes)
  actionsOf(doc).observeDeep(onActions)
  linksOf(doc).observeDeep(onLinks)
  attachmentsOf(doc).observeDeep(onAttachments)
  for (const type of structure) type.observeDeep(onStructure)
  onCleanup(() => {
    notesOf(doc).unobserveDeep(onNotes)
    actionsOf(doc).unobserveDeep(onActions)
    linksOf(doc).unobserveDeep(onLinks)
    attachmentsOf(doc).unobserveDeep(onAttachments)
    for (const type of structure) type.unobserveDeep(onStructure)
  })
  return {
    board,
    notesIn: (stageId, laneId) => cells.notesIn(cellKey(stageId, laneId)),
    live: (note) => untrack(() => board.notes[indexOf(note.id)] ?? note),
    plainNotes: () => {
      notesChanged()
      return plain.notes
    },
  }
}
