import { compareOrdered } from '../order/orderKey.ts'
import type { Lane } from '../schema/lane.ts'
import type { Note } from '../schema/note.ts'
import type { Stage } from '../schema/stage.ts'

/**
 * Folds what makes two spellings of one word differ for a reader: case, full-width Latin letters
 * and digits (common in Chinese text), compatibility forms. Chinese characters stay as they are.
 */
export const foldForSearch = (text: string): string => text.normalize('NFKC').toLocaleLowerCase()

/** Whether a note's text or one of its tags holds every word of the query (a folded substring). */
export function noteMatches(note: Pick<Note, 'text' | 'tags'>, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return false
  const haystack = foldForSearch([note.text, ...note.tags].join('\n'))
  return words.every((word) => haystack.includes(word))
}

/**
 * The notes of the given stages and lanes that match the query, in reading order: stage by stage,
 * lane by lane within a stage, then as ordered in the cell.
 */
export function searchNotes(
  notes: readonly Note[],
  stages: readonly Stage[],
  lanes: readonly Lane[],
  query: string,
): Note[] {
  const stageIndex = new Map(stages.map((stage, index) => [stage.id, index]))
  const laneIndex = new Map(lanes.map((lane, index) => [lane.id, index]))
  return notes
    .filter((note) => stageIndex.has(note.stageId) && laneIndex.has(note.laneId) && noteMatches(note, query))
    .sort(
      (a, b) =>
        (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
        (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
        compareOrdered(a, b),
    )
}
