import { parseRoom } from '../auth/rooms.ts'
import type { RoomRegistry } from '../relay/RoomRegistry.ts'
import { BoardFacilitation, type FacilitationDeps } from './BoardFacilitation.ts'

/**
 * Starts a BoardFacilitation for a board when one of its rooms is opened, and stops it once nobody
 * has been connected to the board for a check interval (its rooms then unload as usual).
 */
export class FacilitationService {
  readonly #boards = new Map<string, BoardFacilitation>()
  readonly #stopListening: () => void
  readonly #sweep: NodeJS.Timeout

  constructor(
    private readonly registry: RoomRegistry,
    private readonly deps: FacilitationDeps & { checkEveryMs: number },
  ) {
    this.#stopListening = registry.onRoomOpened((room) => {
      const parsed = parseRoom(room.name)
      if (parsed) this.boardFor(parsed.board).attach(room, parsed)
    })
    this.#sweep = setInterval(() => this.#disposeIdle(), deps.checkEveryMs)
    this.#sweep.unref()
  }

  /** The running facilitation of a board (started if needed). */
  boardFor(board: string): BoardFacilitation {
    let session = this.#boards.get(board)
    if (!session) {
      session = new BoardFacilitation(board, this.registry, this.deps)
      // Registered before it opens its rooms, whose open events come straight back here.
      this.#boards.set(board, session)
      session.start()
    }
    return session
  }

  #disposeIdle(): void {
    for (const [board, session] of this.#boards) {
      if (session.inUse) continue
      session.dispose()
      this.#boards.delete(board)
    }
  }

  stop(): void {
    this.#stopListening()
    clearInterval(this.#sweep)
    for (const session of this.#boards.values()) session.dispose()
    this.#boards.clear()
  }
}
