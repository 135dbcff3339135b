import { CloseCodes, parseRoom, type Role } from '@jm/shared'
import type * as Y from 'yjs'
import type { HibernatingDoc } from './HibernatingDoc.ts'
import type { RoomHooksByKind } from './hooks.ts'
import { Room, type RoomDeps } from './Room.ts'
import { reportRefusal } from './refusals.ts'

/** Deleted board ids remembered so a late socket cannot reopen their rooms; ids are never reused. */
const REMEMBERED_DELETIONS = 10_000

/** Loads rooms on first use and unloads them a grace period after their last connection leaves. */
export class RoomRegistry {
  readonly #rooms = new Map<string, Room>()
  readonly #unloadTimers = new Map<string, NodeJS.Timeout>()
  readonly #holds = new Map<string, number>()
  readonly #deletedBoards = new Set<string>()
  readonly #healTimer: NodeJS.Timeout | undefined
  readonly #hibernateTimer: NodeJS.Timeout | undefined

  constructor(
    private readonly deps: RoomDeps,
    private readonly hooks: RoomHooksByKind = {},
  ) {
    if (deps.bus) {
      // Pub/sub may drop messages: open rooms compare states with the other instances now and then,
      // and at once after the bus connection came back.
      this.#healTimer = setInterval(() => this.healAll(), deps.limits.healIntervalMs)
      this.#healTimer.unref()
      deps.bus.onReconnect(() => this.healAll())
    }
    const { hibernateAfterMs } = deps.limits
    if (hibernateAfterMs > 0) {
      this.#hibernateTimer = setInterval(() => this.#hibernateIdle(), Math.max(50, hibernateAfterMs / 2))
      this.#hibernateTimer.unref()
    }
  }

  /** Rooms unused for a while keep only their encoded document until their next use. */
  #hibernateIdle(): void {
    let hibernating = 0
    for (const room of this.#rooms.values()) {
      const { hibernatingDoc } = room
      if (hibernatingDoc.hibernating) hibernating++
      else if (hibernatingDoc.idleMs >= this.deps.limits.hibernateAfterMs) room.hibernate()
    }
    this.deps.metrics.hibernatingRooms.set(hibernating)
  }

  healAll(): void {
    for (const room of this.#rooms.values()) room.heal()
  }

  get size(): number {
    return this.#rooms.size
  }

  get(name: string): Room | undefined {
    return this.#rooms.get(name)
  }

  /** True for a board discarded by `discardBoard`: its rooms may not be opened again. */
  isDeleted(board: string): boolean {
    return this.#deletedBoards.has(board)
  }

  /**
   * The loaded room of this name, loading it if needed. The name must be valid (see parseRoom) and
   * its board not deleted (check `isDeleted` first).
   */
  open(name: string): Room {
    this.#cancelUnload(name)
    let room = this.#rooms.get(name)
    if (!room || room.destroyed) {
      const parsed = parseRoom(name)
      if (!parsed) throw new Error(`invalid room name ${JSON.stringify(name)}`)
      if (this.#deletedBoards.has(parsed.board)) throw new Error(`board ${parsed.board} was deleted`)
      const kind = parsed.kind
      room = new Room(name, kind, this.deps, this.hooks[kind])
      this.#rooms.set(name, room)
      this.deps.metrics.rooms.set(this.#rooms.size)
      const opened = room
      opened.loaded.catch((error: unknown) => {
        this.deps.log.error('room load failed', { room: name, error: String(error) })
        opened.fail()
        this.#forget(opened)
      })
    }
    return room
  }

  /**
   * Writes to a room from the server (loading it if no one is connected): stored, then broadcast
   * to its readers, in order with client messages. Resolves once durable.
   */
  async change(name: string, write: (doc: Y.Doc) => void, origin: unknown): Promise<void> {
    const room = this.open(name)
    try {
      await room.change(write, origin)
    } finally {
      this.release(room)
    }
  }

  /** Reads a room's document (loading it if needed) once every message received so far is stored. */
  read<T>(name: string, read: (doc: Y.Doc) => T): Promise<T> {
    return this.#read(name, (hibernating) => read(hibernating.doc))
  }

  /** A room's whole stored state as one update; a hibernating room answers without waking. */
  fullState(name: string): Promise<Uint8Array> {
    return this.#read(name, (hibernating) => hibernating.fullState())
  }

  async #read<T>(name: string, read: (doc: HibernatingDoc) => T): Promise<T> {
    const room = this.open(name)
    try {
      return await room.read(read)
    } finally {
      this.release(room)
    }
  }

  /**
   * Opens a room for server-side use (e.g. facilitation reading a board's control room) and keeps
   * it loaded, with or without connections, until `release` is called.
   */
  hold(name: string): { room: Room; release(): void } {
    const room = this.open(name)
    this.#holds.set(name, (this.#holds.get(name) ?? 0) + 1)
    let released = false
    return {
      room,
      release: () => {
        if (released) return
        released = true
        const left = (this.#holds.get(name) ?? 1) - 1
        if (left > 0) this.#holds.set(name, left)
        else this.#holds.delete(name)
        this.release(room)
      },
    }
  }

  #idle(room: Room): boolean {
    return room.connections.size === 0 && !this.#holds.has(room.name)
  }

  /** Call after a connection left; an empty room is unloaded after the grace period. */
  release(room: Room): void {
    if (!this.#idle(room) || this.#unloadTimers.has(room.name)) return
    const timer = setTimeout(() => {
      this.#unloadTimers.delete(room.name)
      if (this.#idle(room)) void this.unload(room)
    }, this.deps.limits.roomGraceMs)
    timer.unref()
    this.#unloadTimers.set(room.name, timer)
  }

  async unload(room: Room): Promise<void> {
    await room.settled()
    await room.compact()
    if (!this.#idle(room)) return
    room.destroy()
    this.#forget(room)
  }

  /** Every loaded room whose name belongs to a board (its content, control and ballot rooms). */
  roomsOfBoard(board: string): Room[] {
    return [...this.#rooms.values()].filter((room) => parseRoom(room.name)?.board === board)
  }

  /** Closes (4401) the sockets of a board's rooms that joined with a role's link older than `gen`. */
  revokeLink(board: string, role: Role, gen: number): void {
    for (const room of this.roomsOfBoard(board)) {
      for (const conn of room.connections) {
        if (conn.claims.role !== role || conn.claims.gen >= gen || conn.closed) continue
        reportRefusal(this.deps, 'link-rotated', { room: room.name, role, address: conn.address })
        conn.refuse(CloseCodes.Unauthorized.code, 'this share link was replaced')
      }
    }
  }

  /**
   * An archived board is read-only: open sockets keep reading, are told it is archived, and what
   * they send is dropped (as a viewer's is). On restore its writers' sockets are closed with 4509 so they reconnect writable:
   * their documents may depend on changes dropped meanwhile, which only a full sync brings back.
   */
  setArchived(board: string, archived: boolean): void {
    for (const room of this.roomsOfBoard(board)) {
      if (archived) room.archive()
      else
        for (const conn of room.connections)
          if (conn.access.read) conn.close(CloseCodes.Restored.code, CloseCodes.Restored.reason)
    }
  }

  /**
   * For a board being deleted: closes the sockets of all its rooms and drops the rooms without
   * storing anything more (unloading would write a final snapshot back); from now on its rooms
   * cannot be opened, so a socket authorised just before the deletion cannot bring one back.
   */
  async discardBoard(board: string, code: number, reason: string): Promise<void> {
    if (this.#deletedBoards.size >= REMEMBERED_DELETIONS) {
      const oldest = this.#deletedBoards.values().next().value
      if (oldest !== undefined) this.#deletedBoards.delete(oldest)
    }
    this.#deletedBoards.add(board)
    const rooms = this.roomsOfBoard(board)
    for (const room of rooms) {
      for (const conn of [...room.connections]) {
        conn.refuse(code, reason)
        room.leave(conn)
      }
    }
    await Promise.all(rooms.map((room) => room.settled()))
    for (const room of rooms) {
      this.#holds.delete(room.name)
      room.destroy()
      this.#forget(room)
    }
  }

  /** Shutdown, step 1: sends every socket a close frame; what clients sent before it is still handled. */
  closeAll(code: number, reason: string): void {
    clearInterval(this.#healTimer)
    clearInterval(this.#hibernateTimer)
    this.#holds.clear()
    for (const room of this.#rooms.values()) for (const conn of room.connections) conn.close(code, reason)
  }

  /** Shutdown, step 2 (after the sockets closed): handles and stores what was received, compacts, unloads. */
  async unloadAll(): Promise<void> {
    await Promise.all([...this.#rooms.values()].map((room) => this.unload(room)))
  }

  #forget(room: Room): void {
    if (this.#rooms.get(room.name) === room) this.#rooms.delete(room.name)
    this.#cancelUnload(room.name)
    this.deps.metrics.rooms.set(this.#rooms.size)
  }

  #cancelUnload(name: string): void {
    const timer = this.#unloadTimers.get(name)
    if (timer) clearTimeout(timer)
    this.#unloadTimers.delete(name)
  }
}
