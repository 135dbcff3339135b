/** Running totals for one stage, kept by `BoardTallies`. */
export interface StageTally {
  stageId: string
  noteCount: number
  /** Notes per lane id (lanes with none are absent). */
  notesPerLane: ReadonlyMap<string, number>
  /** Notes that carry an emotion score, and the sum of those scores. */
  ratedCount: number
  emotionSum: number
  /** Mean emotion of the rated notes, -2..+2; null when none is rated. */
  averageEmotion: number | null
  /** Notes in pain-point lanes. */
  painCount: number
}

/** One point of the emotion curve: a stage in display order and its mean emotion (null leaves a gap). */
export interface EmotionPoint {
  stageId: string
  index: number
  averageEmotion: number | null
  ratedCount: number
}

/** What one note contributes to its stage's tally. */
export interface NoteContribution {
  stageId: string
  laneId: string
  emotion: number | null
  isPain: boolean
}

/** Mutable totals; `snapshot` hands out a read-only copy. */
export class MutableTally {
  noteCount = 0
  ratedCount = 0
  emotionSum = 0
  painCount = 0
  readonly notesPerLane = new Map<string, number>()

  constructor(readonly stageId: string) {}

  apply(note: NoteContribution, sign: 1 | -1): void {
    this.noteCount += sign
    const lane = (this.notesPerLane.get(note.laneId) ?? 0) + sign
    if (lane === 0) this.notesPerLane.delete(note.laneId)
    else this.notesPerLane.set(note.laneId, lane)
    if (note.emotion !== null) {
      this.ratedCount += sign
      this.emotionSum += sign * note.emotion
    }
    if (note.isPain) this.painCount += sign
  }

  get isEmpty(): boolean {
    return this.noteCount === 0
  }

  snapshot(): StageTally {
    return {
      stageId: this.stageId,
      noteCount: this.noteCount,
      notesPerLane: new Map(this.notesPerLane),
      ratedCount: this.ratedCount,
      emotionSum: this.emotionSum,
      averageEmotion: this.ratedCount > 0 ? this.emotionSum / this.ratedCount : null,
      painCount: this.painCount,
    }
  }
}
