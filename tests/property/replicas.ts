import * as Y from 'yjs'

const REMOTE = 'remote-replica'

/**
 * Replicas that exchange their own updates over a full mesh with per-receiver inboxes, so a test
 * can deliver them late, out of order, or all at once — what flaky networks and offline work do.
 */
export class ReplicaMesh {
  readonly docs: Y.Doc[]
  readonly #inboxes: Uint8Array[][]

  constructor(count: number, seed: Y.Doc) {
    const initial = Y.encodeStateAsUpdate(seed)
    this.docs = []
    this.#inboxes = []
    for (let i = 0; i < count; i++) {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, initial, REMOTE)
      this.docs.push(doc)
      this.#inboxes.push([])
    }
    this.docs.forEach((doc, from) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE) return
        this.#inboxes.forEach((inbox, to) => {
          if (to !== from) inbox.push(update)
        })
      })
    })
  }

  pending(to: number): number {
    return this.#inboxes[to]?.length ?? 0
  }

  /** Delivers the inbox's update at `pick` (modulo its length) to replica `to`, if any. */
  deliver(to: number, pick: number): void {
    const inbox = this.#inboxes[to]
    const doc = this.docs[to]
    if (!inbox || !doc || inbox.length === 0) return
    const [update] = inbox.splice(pick % inbox.length, 1)
    if (update) Y.applyUpdate(doc, update, REMOTE)
  }

  /** Delivers everything still pending, choosing the order with `picks` (cycled). */
  flush(picks: readonly number[]): void {
    let step = 0
    for (let to = 0; to < this.docs.length; to++) {
      while (this.pending(to) > 0) this.deliver(to, picks[step++ % Math.max(1, picks.length)] ?? 0)
    }
  }
}
