import * as Y from 'yjs'
import type { Connection } from './Connection.ts'

/** An update the room has applied and must store before anyone else receives it. */
export interface StagedUpdate {
  update: Uint8Array
  /** The client it came from (not sent back to it); none for server-side changes. */
  from?: Connection
}

export interface GroupCommitDeps {
  /** Appends one (merged) update durably; resolves with the stored entry's id. */
  append(update: Uint8Array): Promise<number>
  /**
   * Called once a batch is durable, with its updates in arrival order and the document's state
   * vector as it was when the batch was cut (everything in it is stored).
   */
  release(batch: StagedUpdate[], storedId: number, stateVector: Uint8Array): void
  stateVector(): Uint8Array
  onError(error: unknown): void
}

/**
 * Stores a room's updates in batches: those of one event-loop turn go together, and while one
 * append is in flight, updates that arrive wait and go together, merged into one entry, in the next; so a database round trip (PostgreSQL) is paid
 * once per batch instead of once per update, and the room keeps handling messages meanwhile.
 * Nothing of a batch is released (broadcast) before the whole batch is durable, and batches are
 * released in order.
 */
export class GroupCommit {
  #staged: StagedUpdate[] = []
  #draining: Promise<void> | null = null

  constructor(private readonly deps: GroupCommitDeps) {}

  stage(entry: StagedUpdate): void {
    this.#staged.push(entry)
    if (this.#draining) return
    // The first append waits for the end of this event-loop turn, so every message read from the
    // sockets in this turn joins its batch: with SQLite, whose append is synchronous, nothing would
    // otherwise ever wait during an append, and each update would be one commit of its own.
    const draining = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.#drain())
    this.#draining = draining
    draining.catch((error: unknown) => {
      this.#staged = []
      this.deps.onError(error)
    })
  }

  /** Resolves once everything staged so far is durable; rejects if storing failed. */
  durable(): Promise<void> {
    return this.#draining ?? Promise.resolve()
  }

  async #drain(): Promise<void> {
    try {
      while (this.#staged.length > 0) {
        const batch = this.#staged
        this.#staged = []
        const stateVector = this.deps.stateVector()
        const first = batch[0] as StagedUpdate
        const merged = batch.length === 1 ? first.update : Y.mergeUpdates(batch.map((entry) => entry.update))
        const storedId = await this.deps.append(merged)
        this.deps.release(batch, storedId, stateVector)
      }
    } finally {
      this.#draining = null
    }
  }
}
