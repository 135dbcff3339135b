import type { RefusedChanges, RoomKind } from '@jm/shared'
import type { TokenClaims } from '@jm/shared/api'
import type * as Y from 'yjs'

/** What a guard sees of an incoming client update, before it touches the room's document. */
export interface UpdateContext {
  room: string
  kind: RoomKind
  /** Who sent it (role, participant). */
  claims: TokenClaims
  /** The room's document as it is before the update; read it, never write to it here. */
  doc: Y.Doc
  /** The Yjs update (v1 encoding). */
  update: Uint8Array
  /** `Y.decodeUpdate(update)`: the structs it adds (root-level items name their root type in `parent`) and what it deletes. */
  decoded: ReturnType<typeof Y.decodeUpdate>
}

/**
 * An update accepted only in part: the relay applies all of it (later updates of the same client
 * build on every part), runs what `prepare` returned to undo the refused part as a change of its
 * own, stores and shares both, and tells the sender `refused`.
 */
export interface PartialRefusal {
  refused: RefusedChanges
  /** Called with the document before the update is applied by `sender` (the transaction origin). */
  prepare(doc: Y.Doc, sender: unknown): () => void
}

/**
 * How a guard answers an update: null lets it through; `refuse` closes the sender's socket with
 * 4403 and this reason, keeping nothing of it; `undo` keeps all but the refused part.
 */
export type GuardVerdict = { refuse: string } | { undo: PartialRefusal } | null

/**
 * Per-room-kind extension points, e.g. for facilitation: a guard that undoes changes to locked
 * parts, and an observer that reacts to accepted ones (tallies). Both run on the room's message
 * chain, so they see updates in order and the next message waits for them.
 */
export interface RoomHooks {
  guard?(context: UpdateContext): GuardVerdict | Promise<GuardVerdict>
  afterUpdate?(context: UpdateContext): void | Promise<void>
}

export type RoomHooksByKind = Partial<Record<RoomKind, RoomHooks>>
