import { createHash } from 'node:crypto'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { type Bus, type BusKind, BusKinds } from './Bus.ts'

/** Origin of changes that arrived from another instance: already stored there, never re-published. */
export const REMOTE_ORIGIN = Symbol('remote-instance')

export interface ReplicatedRoom {
  readonly name: string
  readonly awareness: awarenessProtocol.Awareness
  /** What heal rounds read of the document (without waking a hibernating room). */
  readonly hibernatingDoc: {
    stateVector(): Uint8Array
    /** See `deleteSetDigest`. */
    deleteSetDigest(): Uint8Array
    /** What a replica at `stateVector` lacks, as one update. */
    updateSince(stateVector: Uint8Array): Uint8Array
  }
  /** Applies another instance's (already stored) update in order and shares it with local sockets. */
  applyRemote(update: Uint8Array): void
  /**
   * Runs a task on the room's message chain once every accepted update is stored, so the state it
   * reads (and may publish) holds nothing that is not durable yet.
   */
  runInOrder(task: () => void): void
}

/** The delete set is invisible in a state vector, so heal messages carry a digest of it too. */
export function deleteSetDigest(doc: Y.Doc): Uint8Array {
  const deletesOnly = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc))
  return createHash('sha1').update(deletesOnly).digest()
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

/**
 * Keeps one room in step with the same room on other instances: accepted updates and awareness
 * changes are published; others' are applied. Because pub/sub can drop messages, `heal` publishes
 * this replica's state vector and delete-set digest, and a replica that has more answers with an
 * incremental update computed against that state vector (never a full state that replaces).
 */
export class RoomReplication {
  constructor(
    private readonly bus: Bus,
    private readonly room: ReplicatedRoom,
  ) {}

  start(): Promise<void> {
    return this.bus.subscribe(this.room.name, (kind, payload) => this.#receive(kind, payload))
  }

  stop(): void {
    void this.bus.unsubscribe(this.room.name)
  }

  publishUpdate(update: Uint8Array): void {
    this.bus.publish(this.room.name, BusKinds.update, update)
  }

  publishAwareness(clients: number[]): void {
    this.bus.publish(
      this.room.name,
      BusKinds.awareness,
      awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, clients),
    )
  }

  heal(): void {
    this.room.runInOrder(() => {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint8Array(encoder, this.room.hibernatingDoc.stateVector())
      encoding.writeVarUint8Array(encoder, this.room.hibernatingDoc.deleteSetDigest())
      this.bus.publish(this.room.name, BusKinds.heal, encoding.toUint8Array(encoder))
    })
  }

  #receive(kind: BusKind, payload: Uint8Array): void {
    try {
      if (kind === BusKinds.update) this.room.applyRemote(payload)
      else if (kind === BusKinds.awareness)
        awarenessProtocol.applyAwarenessUpdate(this.room.awareness, payload, REMOTE_ORIGIN)
      else if (kind === BusKinds.heal) this.#answerHeal(payload)
    } catch {
      // Only other instances of ours publish here; a message we cannot read is dropped, and the
      // next heal round repairs whatever it carried.
    }
  }

  #answerHeal(payload: Uint8Array): void {
    const decoder = decoding.createDecoder(payload)
    const theirVectorBytes = decoding.readVarUint8Array(decoder)
    const theirVector = Y.decodeStateVector(theirVectorBytes)
    const theirDigest = decoding.readVarUint8Array(decoder)
    this.room.runInOrder(() => {
      const ours = Y.decodeStateVector(this.room.hibernatingDoc.stateVector())
      const weHaveMore = [...ours].some(([client, clock]) => clock > (theirVector.get(client) ?? 0))
      const deletesDiffer = !sameBytes(theirDigest, this.room.hibernatingDoc.deleteSetDigest())
      if (!weHaveMore && !deletesDiffer) return
      this.publishUpdate(this.room.hibernatingDoc.updateSince(theirVectorBytes))
    })
  }
}
