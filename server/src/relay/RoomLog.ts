import * as Y from 'yjs'
import type { Logger } from '../log.ts'
import type { RelayMetrics } from '../metrics.ts'
import type { DocStore, StoredRoom } from '../storage/DocStore.ts'
import { GroupCommit, type StagedUpdate } from './GroupCommit.ts'
import type { RelayLimits } from './limits.ts'

export interface RoomLogDeps {
  store: DocStore
  limits: RelayLimits
  metrics: RelayMetrics
  log: Logger
}

/**
 * The stored side of one room: loads it, appends its updates (in batches, see GroupCommit), keeps
 * count of its size for the cap, and compacts its log into one snapshot now and then.
 */
export class RoomLog {
  #lastStoredId = 0
  #storedBytes = 0
  #updatesSinceCompaction = 0
  #compacting = false
  #savedStateVector: Uint8Array
  readonly #commit: GroupCommit

  constructor(
    private readonly name: string,
    /** The room's document; read anew each time, since a hibernating room rebuilds it. */
    private readonly docOf: () => Y.Doc,
    private readonly deps: RoomLogDeps,
    events: {
      /** A batch is durable: its updates may now be shared. */
      release(batch: StagedUpdate[]): void
      /** Enough entries piled up: call `compact` (beside the room's message chain). */
      compactionDue(): void
      onError(error: unknown): void
    },
  ) {
    this.#savedStateVector = Y.encodeStateVector(docOf())
    this.#commit = new GroupCommit({
      append: (update) => this.#append(update),
      release: (batch, storedId, stateVector) => {
        this.#lastStoredId = storedId
        this.#savedStateVector = stateVector
        this.deps.metrics.persistedUpdates.inc(batch.length)
        this.#updatesSinceCompaction++
        if (this.#updatesSinceCompaction >= this.deps.limits.compactEveryUpdates) events.compactionDue()
        events.release(batch)
      },
      stateVector: () => Y.encodeStateVector(this.docOf()),
      onError: (error) => events.onError(error),
    })
  }

  /** Applies what is stored to the (empty) document. */
  async load(): Promise<void> {
    const stored = await this.deps.store.load(this.name)
    this.#lastStoredId = stored.lastId
    this.#storedBytes = stored.bytes
    this.#updatesSinceCompaction = stored.updates.length
    if (stored.updates.length > 0) Y.applyUpdate(this.docOf(), Y.mergeUpdates(stored.updates))
    this.#savedStateVector = Y.encodeStateVector(this.docOf())
  }

  /** Stored size, counting updates on their way to storage and those other instances stored. */
  get storedBytes(): number {
    return this.#storedBytes
  }

  /** The state vector of what is stored, told to writers in "saved" messages. */
  get savedStateVector(): Uint8Array {
    return this.#savedStateVector
  }

  /** Another instance stored this update (already applied here). */
  countStoredElsewhere(update: Uint8Array): void {
    this.#storedBytes += update.byteLength
  }

  stage(entry: StagedUpdate): void {
    this.#storedBytes += entry.update.byteLength
    this.#commit.stage(entry)
  }

  /** Resolves once everything staged so far is durable. */
  durable(): Promise<void> {
    return this.#commit.durable()
  }

  async #append(update: Uint8Array): Promise<number> {
    const started = performance.now()
    const id = await this.deps.store.append(this.name, update)
    this.deps.metrics.persistSeconds.observe((performance.now() - started) / 1000)
    return id
  }

  /**
   * Replaces the stored log with one snapshot of the document. With several instances, others
   * append to the same log and their newest entries may not have reached us yet: `foldIn` gets
   * the whole log and must apply it to the document before the snapshot is taken.
   */
  async compact(foldIn?: (stored: StoredRoom) => Promise<void>): Promise<void> {
    if (this.#compacting || this.#updatesSinceCompaction < 2) return
    this.#compacting = true
    try {
      let throughId = this.#lastStoredId
      if (foldIn) {
        const stored = await this.deps.store.load(this.name)
        throughId = stored.lastId
        await foldIn(stored)
      }
      const snapshot = Y.encodeStateAsUpdate(this.docOf())
      await this.deps.store.compact(this.name, snapshot, throughId)
      this.#updatesSinceCompaction = 0
      this.#storedBytes = snapshot.byteLength
    } catch (error) {
      this.deps.log.error('compaction failed', { room: this.name, error: String(error) })
    } finally {
      this.#compacting = false
    }
  }
}
