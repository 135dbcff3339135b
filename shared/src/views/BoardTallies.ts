import type * as Y from 'yjs'
import { sortOrdered } from '../order/orderKey.ts'
import { LaneKeys, readLane } from '../schema/lane.ts'
import { readNote } from '../schema/note.ts'
import { resolveLive } from '../schema/placement.ts'
import { entityIn, entriesOf, lanesOf, notesOf, stagesOf } from '../schema/root.ts'
import { readStage, StageKeys } from '../schema/stage.ts'
import { TombstoneKeys } from '../schema/tombstone.ts'
import { type EmotionPoint, MutableTally, type NoteContribution, type StageTally } from './StageTally.ts'

/** Stage and lane fields that change where notes are shown or whether they count as pains. */
const PLACEMENT_KEYS = new Set<string>([
  TombstoneKeys.deletedAt,
  TombstoneKeys.redirectTo,
  StageKeys.mapId,
  LaneKeys.kind,
])

export type TallyListener = (changedStageIds: ReadonlySet<string>) => void

/**
 * Per-stage tallies (notes per lane, average emotion, pain count) and the emotion curve, kept up
 * to date incrementally: a note change touches only that note's old and new stage, through a
 * per-note cache of what it contributed. Only a structural change of stages or lanes (delete,
 * restore, a lane's kind) re-places every note, since a redirect can move many notes at once.
 */
export class BoardTallies {
  readonly #doc: Y.Doc
  readonly #contributions = new Map<string, NoteContribution>()
  readonly #tallies = new Map<string, MutableTally>()
  readonly #listeners = new Set<TallyListener>()
  readonly #onNotes = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => this.#notesChanged(events)
  readonly #onStructure = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => this.#structureChanged(events)

  constructor(doc: Y.Doc) {
    this.#doc = doc
    notesOf(doc).observeDeep(this.#onNotes)
    stagesOf(doc).observeDeep(this.#onStructure)
    lanesOf(doc).observeDeep(this.#onStructure)
    this.#replaceAll()
  }

  destroy(): void {
    notesOf(this.#doc).unobserveDeep(this.#onNotes)
    stagesOf(this.#doc).unobserveDeep(this.#onStructure)
    lanesOf(this.#doc).unobserveDeep(this.#onStructure)
    this.#listeners.clear()
  }

  /** Called after each transaction that changed some tallies, with the stages concerned. */
  onChange(listener: TallyListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  tally(stageId: string): StageTally {
    return (this.#tallies.get(stageId) ?? new MutableTally(stageId)).snapshot()
  }

  /** The live stages of a map in display order, each with its mean emotion. */
  emotionCurve(mapId: string): EmotionPoint[] {
    const stages = sortOrdered(
      entriesOf(stagesOf(this.#doc))
        .map(([id, map]) => readStage(id, map))
        .filter((stage) => stage.mapId === mapId && stage.deletedAt === null),
    )
    return stages.map((stage, index) => {
      const { averageEmotion, ratedCount } = this.tally(stage.id)
      return { stageId: stage.id, index, averageEmotion, ratedCount }
    })
  }

  #contributionOf(noteId: string): NoteContribution | undefined {
    const map = entityIn(notesOf(this.#doc), noteId)
    if (!map) return undefined
    const note = readNote(noteId, map)
    const stageId = resolveLive(stagesOf(this.#doc), note.stageId)
    const laneId = resolveLive(lanesOf(this.#doc), note.laneId)
    if (stageId === undefined || laneId === undefined) return undefined
    const lane = entityIn(lanesOf(this.#doc), laneId)
    const isPain = lane !== undefined && readLane(laneId, lane).kind === 'painPoints'
    return { stageId, laneId, emotion: note.emotion, isPain }
  }

  #tallyFor(stageId: string): MutableTally {
    let tally = this.#tallies.get(stageId)
    if (!tally) {
      tally = new MutableTally(stageId)
      this.#tallies.set(stageId, tally)
    }
    return tally
  }

  /** Re-reads one note and adds the stages whose tally it changed to `changed`. */
  #refreshNote(noteId: string, changed: Set<string>): void {
    const before = this.#contributions.get(noteId)
    const after = this.#contributionOf(noteId)
    if (before) {
      const tally = this.#tallyFor(before.stageId)
      tally.apply(before, -1)
      if (tally.isEmpty) this.#tallies.delete(before.stageId)
      changed.add(before.stageId)
      this.#contributions.delete(noteId)
    }
    if (after) {
      this.#tallyFor(after.stageId).apply(after, 1)
      changed.add(after.stageId)
      this.#contributions.set(noteId, after)
    }
  }

  #replaceAll(): Set<string> {
    const changed = new Set(this.#tallies.keys())
    this.#contributions.clear()
    this.#tallies.clear()
    for (const noteId of notesOf(this.#doc).keys()) this.#refreshNote(noteId, changed)
    return changed
  }

  #notesChanged(events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void {
    const touched = new Set<string>()
    for (const event of events) {
      const noteId = event.path[0]
      if (typeof noteId === 'string') touched.add(noteId)
      else for (const key of event.changes.keys.keys()) touched.add(key)
    }
    const changed = new Set<string>()
    for (const noteId of touched) this.#refreshNote(noteId, changed)
    this.#emit(changed)
  }

  #structureChanged(events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void {
    const moves = events.some(
      (event) =>
        event.path.length === 0 ||
        (event.path.length === 1 && [...event.changes.keys.keys()].some((key) => PLACEMENT_KEYS.has(key))),
    )
    if (moves) this.#emit(this.#replaceAll())
  }

  #emit(changed: Set<string>): void {
    if (changed.size === 0) return
    for (const listener of this.#listeners) listener(changed)
  }
}
