import type * as Y from 'yjs'
import { NoteKeys } from '../schema/note.ts'
import { readString } from '../schema/read.ts'
import { entityIn, notesOf } from '../schema/root.ts'

interface StoredCell {
  stageId: string
  laneId: string
}

/**
 * Notes by the stage and lane ids they store, kept from `observeDeep` events so that finding a
 * cell's notes costs the size of the cell, not of the board (5,000-note boards). Observers run at
 * the end of each transaction; until then, every lookup first re-reads the notes that the open
 * transactions changed so far (several moves in one transaction, as dragging a selection makes,
 * each see the ones before). A lookup names the transaction it runs in (what `doc.transact` hands
 * its function, the outer one when nested), which stays open until its 'afterTransaction' event,
 * emitted after all of its observers.
 */
class NoteCellIndex {
  readonly #cells = new Map<string, Map<string, Set<string>>>()
  readonly #placeOf = new Map<string, StoredCell>()
  /** Which note each indexed note map is, to name the note behind a changed map. */
  readonly #noteOfMap = new WeakMap<object, string>()
  readonly #open = new Set<Y.Transaction>()

  constructor(
    doc: Y.Doc,
    private readonly notes: Y.Map<Y.Map<unknown>>,
  ) {
    doc.on('afterTransaction', (transaction: Y.Transaction) => this.#open.delete(transaction))
    for (const id of notes.keys()) this.#refresh(id)
    notes.observeDeep((events) => {
      for (const event of events) {
        const noteId = event.path[0]
        if (typeof noteId === 'string') this.#refresh(noteId)
        else for (const key of event.changes.keys.keys()) this.#refresh(key)
      }
    })
  }

  /** Re-reads what the open transactions changed so far, `current` among them from now on. */
  catchUp(current: Y.Transaction): void {
    this.#open.add(current)
    const notes: unknown = this.notes
    for (const transaction of this.#open) {
      for (const [type, keys] of transaction.changed) {
        if (type === notes) {
          for (const key of keys) if (key !== null) this.#refresh(key)
        } else {
          // A note's own map; it existed before the transaction (or it would not be listed), so
          // it has been indexed.
          const noteId = this.#noteOfMap.get(type)
          if (noteId !== undefined) this.#refresh(noteId)
        }
      }
    }
  }

  notesIn(stageId: string, laneId: string): ReadonlySet<string> {
    return this.#cells.get(stageId)?.get(laneId) ?? new Set()
  }

  #refresh(noteId: string): void {
    const before = this.#placeOf.get(noteId)
    if (before) {
      const lanes = this.#cells.get(before.stageId)
      const ids = lanes?.get(before.laneId)
      ids?.delete(noteId)
      if (ids?.size === 0) lanes?.delete(before.laneId)
      if (lanes?.size === 0) this.#cells.delete(before.stageId)
      this.#placeOf.delete(noteId)
    }
    const map = entityIn(this.notes, noteId)
    if (!map) return
    this.#noteOfMap.set(map, noteId)
    const cell = { stageId: readString(map, NoteKeys.stageId), laneId: readString(map, NoteKeys.laneId) }
    this.#placeOf.set(noteId, cell)
    let lanes = this.#cells.get(cell.stageId)
    if (!lanes) {
      lanes = new Map()
      this.#cells.set(cell.stageId, lanes)
    }
    let ids = lanes.get(cell.laneId)
    if (!ids) {
      ids = new Set()
      lanes.set(cell.laneId, ids)
    }
    ids.add(noteId)
  }
}

const indexes = new WeakMap<Y.Doc, NoteCellIndex>()

/**
 * Ids of the notes whose stored stage and lane are these, as of now: `transaction` is the one the
 * caller runs in (a lookup is made inside `doc.transact`, so that changes made earlier in the same
 * transaction are seen).
 */
export function notesStoredIn(
  doc: Y.Doc,
  transaction: Y.Transaction,
  stageId: string,
  laneId: string,
): ReadonlySet<string> {
  let index = indexes.get(doc)
  if (!index) {
    index = new NoteCellIndex(doc, notesOf(doc))
    indexes.set(doc, index)
  }
  index.catchUp(transaction)
  return index.notesIn(stageId, laneId)
}

/**
 * Builds the document's note cell index now, outside any transaction, e.g. while a client is idle
 * after loading a board. Otherwise the first note added or moved builds it, reading every note (about
 * 10 ms at 5,000).
 */
export function prepareNoteCellIndex(doc: Y.Doc): void {
  if (!indexes.has(doc)) indexes.set(doc, new NoteCellIndex(doc, notesOf(doc)))
}
