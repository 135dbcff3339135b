import type { Role } from '@jm/shared'
import type { VersionMeta } from '@jm/shared/api'
import type { BlobStore } from './BlobStore.ts'
import type { PeopleStore } from './PeopleStore.ts'
import type { WebhookStore } from './WebhookStore.ts'
import type { WorkspaceStore } from './WorkspaceStore.ts'

/**
 * Persistence of rooms as an append-only update log plus compacted snapshots. Yjs updates commute,
 * so the order of stored entries does not matter; `throughId` only says which entries a snapshot
 * replaces. `append` resolves once the update is durable: the relay broadcasts only after that.
 */
export interface StoredRoom {
  updates: Uint8Array[]
  /** Highest entry id loaded; pass to `compact` with a snapshot that covers those entries. */
  lastId: number
  bytes: number
}

export interface DocStore {
  load(room: string): Promise<StoredRoom>
  append(room: string, update: Uint8Array): Promise<number>
  compact(room: string, snapshot: Uint8Array, throughId: number): Promise<void>
  deleteRooms(roomPrefix: string): Promise<void>
  /** Whether the backing database answers (health checks); embedded stores may omit it. */
  ping?(): Promise<boolean>
  close(): Promise<void>
}

export interface BoardRecord {
  id: string
  createdAt: number
  /** Share-link generation per role; rotating a role's link bumps it. */
  linkGen: Record<Role, number>
}

export interface BoardStore {
  createBoard(record: BoardRecord): Promise<boolean>
  getBoard(id: string): Promise<BoardRecord | null>
  setLinkGen(id: string, role: Role, gen: number): Promise<void>
  /** Removes the board record and its saved versions (its rooms go through deleteRooms). */
  deleteBoard(id: string): Promise<void>
  /**
   * Removes room entries and versions whose board has no record (a room's board is its name up to
   * the first '.'): what an instance that heard of a deletion late still stored. Returns how many.
   */
  deleteOrphans(): Promise<number>
}

export interface VersionStore {
  /** The board's content and, when it has one, its canvas (`<board>.canvas`) at that moment. */
  saveVersion(meta: VersionMeta, snapshot: Uint8Array, canvas?: Uint8Array | null): Promise<void>
  /** Newest first. */
  listVersions(board: string): Promise<VersionMeta[]>
  getVersion(board: string, id: string): Promise<Uint8Array | null>
  /** The canvas saved with a version; null for none (or a version saved before canvases were). */
  getVersionCanvas(board: string, id: string): Promise<Uint8Array | null>
}

export type Storage = DocStore &
  BoardStore &
  VersionStore &
  WorkspaceStore &
  BlobStore &
  WebhookStore &
  PeopleStore
