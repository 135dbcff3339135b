import type { Lane } from '../schema/lane.ts'
import type { Note } from '../schema/note.ts'
import type { Stage } from '../schema/stage.ts'

const FEELING_KINDS = new Set(['feelings', 'feels'])

/**
 * The emotion curve (seed 003): the average emotion score per stage, from the scored notes of the feelings lane(s); when no note
 * there is scored yet, from every scored note, so a map without a feelings lane still has a curve.
 * null for a stage with nothing scored.
 */
export function emotionByStage(
  stages: readonly Stage[],
  lanes: readonly Lane[],
  notes: readonly Note[],
): Map<string, number | null> {
  const feelingLanes = new Set(lanes.filter((lane) => FEELING_KINDS.has(lane.kind)).map((lane) => lane.id))
  const scored = notes.filter((note) => note.emotion !== null)
  const fromFeelings = scored.filter((note) => feelingLanes.has(note.laneId))
  const source = fromFeelings.length > 0 ? fromFeelings : scored
  const sums = new Map<string, { total: number; count: number }>()
  for (const note of source) {
    const sum = sums.get(note.stageId) ?? { total: 0, count: 0 }
    sum.total += note.emotion ?? 0
    sum.count++
    sums.set(note.stageId, sum)
  }
  return new Map(
    stages.map((stage) => {
      const sum = sums.get(stage.id)
      return [stage.id, sum ? sum.total / sum.count : null] as const
    }),
  )
}
