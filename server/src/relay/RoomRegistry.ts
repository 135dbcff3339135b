import { parseRoom } from '../auth/rooms.ts'
import { Room, type RoomDeps } from './Room.ts'

/** Loads rooms on first use and unloads them a grace period after their last connection leaves. */
export class RoomRegistry {
  readonly #rooms = new Map<string, Room>()
  readonly #unloadTimers = new Map<string, NodeJS.Timeout>()
  readonly #holds = new Map<string, number>()
  readonly #openListeners = new Set<(room: Room) => void>()

  constructor(private readonly deps: RoomDeps) {}

  get size(): number {
    return this.#rooms.size
  }

  get(name: string): Room | undefined {
    return this.#rooms.get(name)
  }

  open(name: string): Room {
    this.#cancelUnload(name)
    let room = this.#rooms.get(name)
    if (!room || room.destroyed) {
      room = new Room(name, parseRoom(name)?.kind === 'content', this.deps)
      this.#rooms.set(name, room)
      this.deps.metrics.rooms.set(this.#rooms.size)
      const opened = room
      opened.loaded.catch((error: unknown) => {
        this.deps.log.error('room load failed', { room: name, error: String(error) })
        opened.fail()
        this.#forget(opened)
      })
    }
    for (const listener of this.#openListeners) listener(room)
    return room
  }

  /**
   * Calls `listener` whenever a room is opened for a connection or a hold, whether it was loaded
   * just now or already (server features attach to rooms here; attaching must be idempotent).
   */
  onRoomOpened(listener: (room: Room) => void): () => void {
    this.#openListeners.add(listener)
    return () => this.#openListeners.delete(listener)
  }

  /** Opens a room for server-side use and keeps it loaded until `release` is called. */
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

  async closeAll(code: number, reason: string): Promise<void> {
    this.#holds.clear()
    const rooms = [...this.#rooms.values()]
    for (const room of rooms) {
      for (const conn of [...room.connections]) {
        conn.close(code, reason)
        room.leave(conn)
      }
    }
    await Promise.all(rooms.map((room) => this.unload(room)))
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
