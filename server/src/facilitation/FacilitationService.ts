import { parseRoom } from '@jm/shared'
import type { RoomHooksByKind, UpdateContext } from '../relay/hooks.ts'
import type { RoomRegistry } from '../relay/RoomRegistry.ts'
import { BoardFacilitation, type FacilitationDeps } from './BoardFacilitation.ts'

/**
 * The server side of facilitation, plugged into the relay through room hooks: a guard on content
 * rooms (locks) and observers on control, ballot and private rooms. A board's BoardFacilitation
 * starts with the first such event and stops once nobody has been connected to the board for a
 * check interval (its rooms then unload as usual).
 */
export class FacilitationService {
  readonly #boards = new Map<string, BoardFacilitation>()
  #registry: RoomRegistry | null = null
  #sweep: NodeJS.Timeout | undefined

  constructor(private readonly deps: FacilitationDeps & { checkEveryMs: number }) {}

  /** The hooks to give the RoomRegistry; they act once `attach` has been called. */
  readonly hooks: RoomHooksByKind = {
    content: { guard: (context) => this.#session(context)?.guard(context) ?? null },
    control: { afterUpdate: (context) => void this.#session(context) },
    ballot: { afterUpdate: (context) => this.#session(context)?.onBallotUpdate(context) },
    private: { afterUpdate: (context) => this.#session(context)?.onPrivateUpdate(context) },
  }

  attach(registry: RoomRegistry): void {
    this.#registry = registry
    this.#sweep = setInterval(() => this.#disposeIdle(), this.deps.checkEveryMs)
    this.#sweep.unref()
  }

  #session(context: UpdateContext): BoardFacilitation | undefined {
    const board = parseRoom(context.room)?.board
    return board ? this.boardFor(board) : undefined
  }

  /** The running facilitation of a board (started if needed); undefined before `attach`. */
  boardFor(board: string): BoardFacilitation | undefined {
    if (!this.#registry) return undefined
    let session = this.#boards.get(board)
    if (!session) {
      session = new BoardFacilitation(board, this.#registry, this.deps)
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
    clearInterval(this.#sweep)
    for (const session of this.#boards.values()) session.dispose()
    this.#boards.clear()
  }
}
