import { compareOrdered, type Note } from '@jm/shared'
import { type Accessor, createSignal, type Setter } from 'solid-js'

export const cellKey = (stageId: string, laneId: string) => `${stageId}|${laneId}`

const sameItems = (a: readonly Note[], b: readonly Note[]) =>
  a.length === b.length && a.every((note, index) => note === b[index])

/**
 * The notes of each cell in display order, one signal per cell: a note moving between two cells
 * updates those two lists, and nothing re-groups the board's thousands of notes. `plainOf` gives a
 * note's current plain data (the same object for as long as the note is placed).
 */
export function createCellLists(plainOf: (id: string) => Note) {
  const members = new Map<string, Set<string>>()
  const lists = new Map<string, [Accessor<Note[]>, Setter<Note[]>]>()
  const changed = new Set<string>()

  const sorted = (key: string): Note[] => {
    const ids = members.get(key)
    if (!ids) return []
    return [...ids].map(plainOf).sort(compareOrdered)
  }

  return {
    add(key: string, id: string): void {
      let ids = members.get(key)
      if (!ids) {
        ids = new Set()
        members.set(key, ids)
      }
      ids.add(id)
      changed.add(key)
    },
    remove(key: string, id: string): void {
      members.get(key)?.delete(id)
      changed.add(key)
    },
    /** A note of this cell changed its order. */
    touch(key: string): void {
      changed.add(key)
    },
    /** Re-sorts the cells changed since the last flush; only cells someone reads have a signal. */
    flush(): void {
      for (const key of changed) lists.get(key)?.[1](sorted(key))
      changed.clear()
    },
    notesIn(key: string): Note[] {
      let list = lists.get(key)
      if (!list) {
        list = createSignal(sorted(key), { equals: sameItems })
        lists.set(key, list)
      }
      return list[0]()
    },
  }
}
