import * as Y from 'yjs'
import { deleteSetDigest } from '../bus/RoomReplication.ts'
import { fullStateOf } from './fullState.ts'

interface Frozen {
  state: Uint8Array
  stateVector: Uint8Array
  /** What is in the document (state vector and delete set), to tell an update that adds nothing. */
  snapshot: Y.Snapshot
  /** Only kept with several instances, whose heal rounds ask for it. */
  deleteDigest: Uint8Array | null
}

/**
 * A room's document that can be set aside as its encoding while nobody uses it: a template board
 * takes ~100 KiB as a live Y.Doc and ~8 KiB encoded. Any use of `doc` rebuilds it (a fresh client id
 * for the server's own changes; clients' ids and content are unchanged). The heal rounds of several
 * instances are answered from the encoding, so they do not wake it.
 */
export class HibernatingDoc {
  #doc: Y.Doc | null = new Y.Doc({ gc: true })
  #frozen: Frozen | null = null
  #lastUsed = performance.now()
  #wakes = 0
  readonly #observers: ((doc: Y.Doc) => void)[] = []

  constructor(private readonly keepDeleteDigest: boolean) {}

  get doc(): Y.Doc {
    this.#lastUsed = performance.now()
    return this.#peek()
  }

  /**
   * Attaches listeners (`doc.on(...)`, `observe`) to the document now and to every rebuilt one, after
   * its state is applied: no change happens while it hibernates, so an observer misses nothing.
   */
  observe(attach: (doc: Y.Doc) => void): void {
    this.#observers.push(attach)
    if (this.#doc) attach(this.#doc)
  }

  get hibernating(): boolean {
    return this.#doc === null
  }

  /** How many times the document was rebuilt from its encoding. */
  get wakes(): number {
    return this.#wakes
  }

  /** Milliseconds since the document was last used. */
  get idleMs(): number {
    return performance.now() - this.#lastUsed
  }

  /** Keeps only the encoding. The caller makes sure everything in the document is stored. */
  freeze(): void {
    const doc = this.#doc
    if (!doc) return
    const state = Y.encodeStateAsUpdate(doc)
    this.#frozen = {
      state,
      stateVector: Y.encodeStateVectorFromUpdate(state),
      snapshot: Y.snapshot(doc),
      deleteDigest: this.keepDeleteDigest ? deleteSetDigest(doc) : null,
    }
    this.#doc = null
    doc.destroy()
  }

  // Joins, first loads and heal rounds read these: they neither wake the document nor count as a use.

  stateVector(): Uint8Array {
    return this.#frozen?.stateVector ?? Y.encodeStateVector(this.#peek())
  }

  deleteSetDigest(): Uint8Array {
    return this.#frozen?.deleteDigest ?? deleteSetDigest(this.#peek())
  }

  /** True when `update` adds nothing to the document (a reconnecting client's sync reply, say). */
  contains(update: Uint8Array): boolean {
    return Y.snapshotContainsUpdate(this.#frozen?.snapshot ?? Y.snapshot(this.#peek()), update)
  }

  /** The whole document as one update (the same bytes until it changes, see fullStateOf). */
  fullState(): Uint8Array {
    return this.#frozen?.state ?? fullStateOf(this.#peek())
  }

  /** What a peer at `stateVector` lacks, as one update. Throws on a malformed state vector. */
  updateSince(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size === 0) return this.fullState()
    return this.#frozen
      ? Y.diffUpdate(this.#frozen.state, stateVector)
      : Y.encodeStateAsUpdate(this.#peek(), stateVector)
  }

  destroy(): void {
    this.#observers.length = 0
    this.#doc?.destroy()
    this.#doc = null
    this.#frozen = null
  }

  #peek(): Y.Doc {
    this.#doc ??= this.#thaw()
    return this.#doc
  }

  #thaw(): Y.Doc {
    const doc = new Y.Doc({ gc: true })
    if (this.#frozen) {
      Y.applyUpdate(doc, this.#frozen.state)
      this.#wakes++
    }
    this.#frozen = null
    for (const attach of this.#observers) attach(doc)
    return doc
  }
}
