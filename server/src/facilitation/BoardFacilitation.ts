import {
  type BoardView,
  can,
  controlRoomName,
  countBallot,
  eligibleNoteIds,
  endRound,
  isRoundOpen,
  parseRoom,
  privateRoomName,
  publishPrivateNotes,
  type Round,
  readBoard,
  readLateNotice,
  readLocks,
  readPrivateMode,
  readPrivateNotes,
  readRoundResult,
  readRounds,
  readVotes,
  removePrivateNotes,
  resultsVisible,
  ServerOrigin,
  setLateNotice,
  tallyBallots,
  tallyRoomName,
  writeRoundResult,
} from '@jm/shared'
import type { Bus } from '../bus/Bus.ts'
import { Lease } from '../bus/Lease.ts'
import type { Logger } from '../log.ts'
import type { GuardVerdict, UpdateContext } from '../relay/hooks.ts'
import type { Room } from '../relay/Room.ts'
import type { RoomRegistry } from '../relay/RoomRegistry.ts'
import { lockRefusal } from './lockGuard.ts'
import { TallyStore } from './TallyStore.ts'

const ORIGIN = new ServerOrigin('facilitation')
/** Coalesces recounts after control or content changes (typing in a note changes content often). */
const RECOUNT_DELAY_MS = 50

export interface FacilitationDeps {
  now: () => number
  log: Logger
  /** Picks the one instance that closes rounds, publishes results and reveals private notes. */
  bus: Bus
  leaseMs: number
}

type Held = ReturnType<RoomRegistry['hold']>

/**
 * The server side of facilitation for one board, alive while anyone is connected to it. It holds
 * the board's content, control and tally rooms; counts every ballot the moment it arrives (so
 * "arrived after the close" is judged by the server's clock, never the voter's); closes rounds at
 * their deadline; publishes results when the round's settings allow; guards locked parts of the
 * content; and merges private notes into the board on the facilitator's reveal.
 *
 * With several instances every instance counts the ballots that reach it (arrival is judged where
 * the voter is connected), but only the holder of the board's lease closes rounds, publishes
 * results and reveals private notes, so two instances never write competing results.
 */
export class BoardFacilitation {
  readonly ready: Promise<void>
  #held: Held[] = []
  #content!: Room
  #control!: Room
  #store!: TallyStore
  #isReady = false
  #disposed = false
  #deadlines = new Map<string, { endsAt: number; timer: NodeJS.Timeout }>()
  #boardCache: BoardView | null = null
  #recountTimer: NodeJS.Timeout | undefined
  #revealing: Promise<void> | null = null
  #lease: Lease

  readonly #markReady: () => void

  constructor(
    readonly board: string,
    private readonly registry: RoomRegistry,
    private readonly deps: FacilitationDeps,
  ) {
    let markReady = () => {}
    this.ready = new Promise<void>((resolve) => {
      markReady = resolve
    })
    this.#markReady = markReady
    this.#lease = new Lease(deps.bus, `facilitation:${board}`, {
      ttlMs: deps.leaseMs,
      onGained: () => this.#onControlChanged(),
      onError: (error) => this.#logFailure(error),
    })
  }

  /** Opens and holds the board's content, control and tally rooms. */
  start(): void {
    const content = this.registry.hold(this.board)
    const control = this.registry.hold(controlRoomName(this.board))
    const tally = this.registry.hold(tallyRoomName(this.board))
    this.#held.push(content, control, tally)
    this.#content = content.room
    this.#control = control.room
    this.#load(tally.room).then(this.#markReady, (error: unknown) => {
      this.#logFailure(error)
      this.dispose()
      // Nothing may wait on a board whose facilitation could not start.
      this.#markReady()
    })
  }

  async #load(tallyRoom: Room): Promise<void> {
    await Promise.all([this.#content.loaded, this.#control.loaded, tallyRoom.loaded, this.#lease.start()])
    if (this.#disposed) return
    this.#store = new TallyStore(tallyRoom, () => this.#publishAll())
    this.#content.hibernatingDoc.observe((doc) =>
      doc.on('update', () => {
        this.#boardCache = null
        // A vote may have reached the server before the note it is for (they travel on different sockets).
        if (readRounds(this.#control.doc).some((round) => isRoundOpen(round, this.deps.now())))
          this.#scheduleRecountAll()
      }),
    )
    this.#control.hibernatingDoc.observe((doc) => doc.on('update', () => this.#onControlChanged()))
    this.#isReady = true
    this.#onControlChanged()
  }

  /** A participant's ballot changed (a client update, already applied): count it as of its arrival. */
  async onBallotUpdate(context: UpdateContext): Promise<void> {
    const at = this.deps.now()
    const participant = parseRoom(context.room)?.participant
    const room = this.registry.get(context.room)
    await this.ready
    if (this.#disposed || !participant || !room) return
    this.#recount(participant, room, at, context.claims.name)
  }

  /** Someone wrote in their private room: remember it, so the reveal finds it even after they left. */
  async onPrivateUpdate(context: UpdateContext): Promise<void> {
    const participant = parseRoom(context.room)?.participant
    await this.ready
    if (!this.#disposed && participant)
      void this.#store.addPrivateParticipant(participant)?.catch(this.#logFailure)
  }

  /** Undoes an editor's change to a locked part of the content (facilitators are not bound). */
  async guard(context: UpdateContext): Promise<GuardVerdict> {
    if (can(context.claims.role, 'facilitate')) return null
    await this.ready
    if (this.#disposed) return null
    const undo = lockRefusal(context.doc, context.update, readLocks(this.#control.doc))
    return undo ? { undo } : null
  }

  /** True while someone is connected to one of the board's rooms. */
  get inUse(): boolean {
    return this.registry.roomsOfBoard(this.board).some((room) => room.connections.size > 0)
  }

  dispose(): void {
    if (this.#disposed) return
    this.#disposed = true
    this.#lease.stop()
    clearTimeout(this.#recountTimer)
    for (const { timer } of this.#deadlines.values()) clearTimeout(timer)
    this.#deadlines.clear()
    for (const held of this.#held) held.release()
    this.#held = []
  }

  #board(): BoardView {
    this.#boardCache ??= readBoard(this.#content.doc)
    return this.#boardCache
  }

  /** Recounts every loaded ballot soon, once (a round started, or the eligible notes changed). */
  #scheduleRecountAll(): void {
    if (this.#recountTimer) return
    this.#recountTimer = setTimeout(() => {
      this.#recountTimer = undefined
      if (this.#disposed) return
      const now = this.deps.now()
      for (const room of this.registry.roomsOfBoard(this.board)) {
        const participant = room.kind === 'ballot' ? parseRoom(room.name)?.participant : undefined
        if (participant && !room.destroyed) this.#recount(participant, room, now)
      }
    }, RECOUNT_DELAY_MS)
    this.#recountTimer.unref()
  }

  /** Counts one voter's ballot as it stands at `at` (server time of arrival). */
  #recount(participant: string, room: Room, at: number, voterName?: string): void {
    const votes = readVotes(room.doc)
    const name = voterName ?? [...room.connections][0]?.claims.name ?? ''
    for (const round of readRounds(this.#control.doc)) {
      const mine = votes.filter((vote) => vote.roundId === round.id)
      const stored = this.#store.get(round.id, participant)
      if (isRoundOpen(round, at)) {
        const eligible = eligibleNoteIds(round, this.#board())
        const counted = countBallot(mine, round, (noteId) => eligible.has(noteId))
        const next = {
          participant,
          name: name || stored?.name || '',
          noteIds: counted.accepted.map((vote) => vote.noteId),
          seenVoteIds: mine.map((vote) => vote.id).sort(),
        }
        if (JSON.stringify(next) === JSON.stringify(stored)) continue
        void this.#store.set(round.id, next).catch(this.#logFailure)
        this.#publish(round)
      } else {
        const seen = new Set(stored?.seenVoteIds ?? [])
        const late = mine.filter((vote) => !seen.has(vote.id)).length
        if (late === 0 || readLateNotice(room.doc, round.id)?.count === late) continue
        void room
          .change((doc) => setLateNotice(doc, round.id, { count: late, at }, ORIGIN), ORIGIN)
          .catch(this.#logFailure)
      }
    }
  }

  #onControlChanged(): void {
    if (this.#disposed || !this.#isReady) return
    const now = this.deps.now()
    // A ballot may name a round the server had not heard of yet (control and ballot use different sockets).
    this.#scheduleRecountAll()
    for (const round of readRounds(this.#control.doc)) this.#scheduleDeadline(round, now)
    if (!this.#lease.held) return
    for (const round of readRounds(this.#control.doc)) {
      if (round.status === 'open' && !isRoundOpen(round, now)) {
        void this.#control
          .change((doc) => endRound(doc, { roundId: round.id, now }, ORIGIN), ORIGIN)
          .catch(this.#logFailure)
      }
      this.#publish(round)
    }
    const reveal = readPrivateMode(this.#control.doc).revealedAt
    if (reveal !== null && reveal > this.#store.lastPrivateReveal && !this.#revealing) {
      this.#revealing = this.#revealPrivateNotes(reveal)
        .catch(this.#logFailure)
        .finally(() => {
          this.#revealing = null
        })
    }
  }

  #scheduleDeadline(round: Round, now: number): void {
    const existing = this.#deadlines.get(round.id)
    const endsAt = isRoundOpen(round, now) ? round.endsAt : null
    if (existing && existing.endsAt === endsAt) return
    if (existing) clearTimeout(existing.timer)
    this.#deadlines.delete(round.id)
    if (endsAt === null) return
    const timer = setTimeout(() => this.#onControlChanged(), Math.max(0, endsAt - now))
    timer.unref()
    this.#deadlines.set(round.id, { endsAt, timer })
  }

  #publishAll(): void {
    if (this.#disposed || !this.#isReady) return
    for (const round of readRounds(this.#control.doc)) this.#publish(round)
  }

  /** Publishes the round's result if it changed (lease holder only): counts only when live or revealed. */
  #publish(round: Round): void {
    if (!this.#lease.held) return
    const now = this.deps.now()
    const result = tallyBallots(this.#store.ballotsOf(round.id), {
      showCounts: resultsVisible(round),
      attributed: !round.anonymous,
      final: !isRoundOpen(round, now),
    })
    const current = readRoundResult(this.#control.doc, round.id)
    if (current && JSON.stringify(current) === JSON.stringify(result)) return
    void this.#control
      .change((doc) => writeRoundResult(doc, round.id, result, ORIGIN), ORIGIN)
      .catch(this.#logFailure)
  }

  async #revealPrivateNotes(revealedAt: number): Promise<void> {
    for (const participant of this.#store.privateParticipants) {
      const held = this.registry.hold(privateRoomName(this.board, participant))
      try {
        await held.room.loaded
        const notes = readPrivateNotes(held.room.doc)
        if (notes.length === 0) continue
        let published: string[] = []
        await this.#content.change((doc) => {
          published = publishPrivateNotes(doc, notes, { now: this.deps.now() }, ORIGIN)
        }, ORIGIN)
        await held.room.change((doc) => removePrivateNotes(doc, published, ORIGIN), ORIGIN)
      } finally {
        held.release()
      }
    }
    await this.#store.setLastPrivateReveal(revealedAt)
  }

  #logFailure = (error: unknown): void => {
    this.deps.log.error('facilitation failure', { board: this.board, error: String(error) })
  }
}
