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
 * the end of each transaction; inside one, `catchUp` first re-reads the notes it changed so far
 * (several moves in one transaction, as dragging a selection makes, each see the ones before).
 */
class NoteCellIndex {
  readonly #cells = new Map<string, Map<string, Set<string>>>()
  readonly #placeOf = new Map<string, StoredCell>()

  constructor(private readonly notes: Y.Map<Y.Map<unknown>>) {
    for (const id of notes.keys()) this.#refresh(id)
    notes.observeDeep((events) => {
      for (const event of events) {
        const noteId = event.path[0]
        if (typeof noteId === 'string') this.#refresh(noteId)
        else for (const key of event.changes.keys.keys()) this.#refresh(key)
      }
    })
  }

  catchUp(transaction: Y.Transaction): void {
    const notes: unknown = this.notes
    for (const [type, keys] of transaction.changed) {
      if (type === notes) {
        for (const key of keys) if (key !== null) this.#refresh(key)
      } else {
        // A note's own map: its entry in the notes map says which note it is.
        const entry = type._item
        if (entry && entry.parent === notes && typeof entry.parentSub === 'string')
          this.#refresh(entry.parentSub)
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

function indexOf(doc: Y.Doc): NoteCellIndex {
  let index = indexes.get(doc)
  if (!index) {
    index = new NoteCellIndex(notesOf(doc))
    indexes.set(doc, index)
  } else if (doc._transaction !== null) index.catchUp(doc._transaction)
  return index
}

/** Ids of the notes whose stored stage and lane are these, as of now (inside a transaction too). */
export function notesStoredIn(doc: Y.Doc, stageId: string, laneId: string): ReadonlySet<string> {
  return indexOf(doc).notesIn(stageId, laneId)
}

/**
 * Builds the document's note cell index now, e.g. while a client is idle after loading a board.
 * Otherwise the first note added or moved builds it, reading every note (about 10 ms at 5,000).
 */
export function prepareNoteCellIndex(doc: Y.Doc): void {
  indexOf(doc)
}
