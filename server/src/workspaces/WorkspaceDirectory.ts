import { readBoard } from '@jm/shared'
import { digestBoard, type NotableChange, notableChanges } from '@jm/shared/workspaces'
import type * as Y from 'yjs'
import type { Logger } from '../log.ts'
import type { RoomRegistry } from '../relay/RoomRegistry.ts'
import type { BoardPlacement, WorkspaceStore } from '../storage/WorkspaceStore.ts'

export interface WorkspaceDirectoryDeps {
  store: WorkspaceStore
  /** Read lazily: the registry is built after the directory (its rooms report stored updates here). */
  rooms: () => RoomRegistry
  now: () => number
  log: Logger
  /** How long after a stored update the board's summary and search texts are rewritten. @default 300 */
  digestDelayMs?: number
  /** What people are told of (webhooks): changes found by a digest, lately made. */
  onChanges?: (workspace: string, board: { id: string; title: string }, changes: NotableChange[]) => void
}

const DIGEST_DELAY_MS = 300
/**
 * A digest reports the changes of this long before it: wide enough for a burst of offline edits
 * arriving late or a digest retried, while their keys keep any from being told twice.
 */
const CHANGES_WINDOW_MS = 15 * 60 * 1000
/** Placements remembered per instance; past this the cache starts afresh (a lookup is one indexed row). */
const MAX_CACHED_PLACEMENTS = 50_000

/**
 * Keeps the workspace directory and search index in step with the boards. A stored update of a
 * workspace board schedules one digest of that board a short while later (updates meanwhile join
 * it), read from the loaded room: the cost is one read of the board per burst of edits, never one
 * per directory request or query. Placements (workspace, archived) are cached for the relay's
 * per-socket check; archiving goes through board events so every instance's cache follows.
 */
export class WorkspaceDirectory {
  readonly #placements = new Map<string, BoardPlacement | null>()
  readonly #due = new Map<string, { editor?: string; timer: NodeJS.Timeout }>()
  readonly #running = new Map<string, Promise<void>>()
  #stopped = false

  constructor(private readonly deps: WorkspaceDirectoryDeps) {}

  async placement(board: string): Promise<BoardPlacement | null> {
    if (this.#placements.has(board)) return this.#placements.get(board) ?? null
    const placement = await this.deps.store.placementOf(board)
    this.#remember(board, placement)
    return placement
  }

  /**
   * From storage, not the cache: for a socket about to join. The cache follows archiving through
   * board events on the bus, which may drop a message; the stored flag is always right. (One indexed
   * lookup per connection, beside the board record the token check reads anyway.)
   */
  async placementNow(board: string): Promise<BoardPlacement | null> {
    const placement = await this.deps.store.placementOf(board)
    this.#remember(board, placement)
    return placement
  }

  /** What the cache knows now (no lookup): for the relay's last check before a socket joins. */
  archivedNow(board: string): boolean {
    return this.#placements.get(board)?.archived === true
  }

  /** A new board joins a workspace, with its first summary and texts. */
  async place(
    board: string,
    workspace: string,
    doc: Y.Doc,
    createdAt: number,
    /** The board it was re-mapped from, if any. */
    previousBoard?: string,
  ): Promise<void> {
    const { summary, entries } = digestBoard(board, readBoard(doc))
    const entry = { board, workspace, archived: false, createdAt, updatedAt: createdAt, previousBoard }
    await this.deps.store.placeBoard({ ...summary, ...entry }, entries)
    this.#remember(board, { workspace, archived: false })
  }

  /** Called by a content room once a batch of its updates is stored. */
  boardStored(board: string, editor: string | undefined): void {
    if (this.#stopped) return
    const due = this.#due.get(board)
    if (due) {
      if (editor) due.editor = editor
      return
    }
    void this.placement(board).then(
      (placement) => {
        if (!placement || this.#stopped || this.#due.has(board)) return
        const timer = setTimeout(() => void this.#digest(board), this.deps.digestDelayMs ?? DIGEST_DELAY_MS)
        timer.unref()
        this.#due.set(board, { editor, timer })
      },
      (error: unknown) =>
        this.deps.log.error('workspace placement lookup failed', { board, error: String(error) }),
    )
  }

  async #digest(board: string): Promise<void> {
    const due = this.#due.get(board)
    this.#due.delete(board)
    // One digest of a board at a time; one that comes due meanwhile runs after it.
    await this.#running.get(board)
    const run = (async () => {
      try {
        const since = this.deps.now() - CHANGES_WINDOW_MS
        const { digest, changes } = await this.deps.rooms().read(board, (doc) => {
          const view = readBoard(doc)
          return { digest: digestBoard(board, view), changes: notableChanges(board, view, since) }
        })
        const change = { updatedAt: this.deps.now(), lastEditor: due?.editor }
        await this.deps.store.saveDigest(board, digest.summary, digest.entries, change)
        const workspace = this.#placements.get(board)?.workspace
        if (workspace && changes.length > 0)
          this.deps.onChanges?.(workspace, { id: board, title: digest.summary.title }, changes)
      } catch (error) {
        if (!this.#stopped) this.deps.log.warn('board digest failed', { board, error: String(error) })
      }
    })()
    this.#running.set(board, run)
    await run
    if (this.#running.get(board) === run) this.#running.delete(board)
  }

  /** Another instance (or this one) archived or restored a board. */
  applyArchived(board: string, archived: boolean): void {
    const placement = this.#placements.get(board)
    if (placement) this.#remember(board, { ...placement, archived })
    else this.#placements.delete(board)
  }

  forget(board: string): void {
    this.#placements.delete(board)
    clearTimeout(this.#due.get(board)?.timer)
    this.#due.delete(board)
  }

  /** Shutdown, before rooms unload: runs the digests that are due now, waits for them, takes no more. */
  async stop(): Promise<void> {
    const due = [...this.#due.entries()]
    for (const [, { timer }] of due) clearTimeout(timer)
    await Promise.all(due.map(([board]) => this.#digest(board)))
    this.#stopped = true
    await Promise.all(this.#running.values())
  }

  #remember(board: string, placement: BoardPlacement | null): void {
    if (this.#placements.size >= MAX_CACHED_PLACEMENTS) this.#placements.clear()
    this.#placements.set(board, placement)
  }
}
