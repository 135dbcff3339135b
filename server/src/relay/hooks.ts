import type * as Y from 'yjs'
import type { RoomKind } from '../auth/rooms.ts'
import type { TokenClaims } from '../auth/tokens.ts'

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
 * Why an update is vetoed (null lets it through); the sender's socket is closed with `code`
 * (default 4403) and this reason. A distinct code lets a client tell a lock from a role refusal.
 */
export type GuardVerdict = { refuse: string; code?: number } | null

/**
 * Per-room-kind extension points, e.g. for facilitation: a guard that refuses updates to locked
 * parts, and an observer that reacts to accepted ones (tallies). Both run on the room's message
 * chain, so they see updates in order and the next message waits for them.
 */
export interface RoomHooks {
  guard?(context: UpdateContext): GuardVerdict | Promise<GuardVerdict>
  afterUpdate?(context: UpdateContext): void | Promise<void>
}

export type RoomHooksByKind = Partial<Record<RoomKind, RoomHooks>>
