import {
  addPrivateNote,
  addTime,
  can,
  castVote,
  countBallot,
  eligibleNoteIds,
  endRound,
  extendRound,
  isRoundOpen,
  type LateNotice,
  LocalOrigin,
  type Locks,
  mayAddNoteIn,
  type Note,
  OpError,
  pauseTimer,
  promoteToOpportunities,
  type Round,
  readLateNotice,
  readPrivateNotes,
  readVotes,
  resetTimer,
  retractVote,
  revealPrivateNotes,
  revealRound,
  type StartRoundArgs,
  setLocks,
  setPrivateMode,
  startRound,
  startTimer,
  summonTo,
  type Vote,
} from '@jm/shared'
import {
  type Accessor,
  createContext,
  createEffect,
  createMemo,
  createSignal,
  onCleanup,
  type ParentProps,
  untrack,
  useContext,
} from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { FACILITATION_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { onDocChange } from '../primitives/onDocChange.ts'
import type { Access } from '../session/access.ts'
import type { RoomConnection } from '../sync/openRoom.ts'
import { type ControlSnapshot, readControl } from './controlSnapshot.ts'

import { createServerClock } from './serverClock.ts'
import { watchRefusals } from './watchRefusals.ts'

export interface Facilitation {
  isFacilitator: boolean
  canVote: boolean
  control: Accessor<ControlSnapshot>
  /** Server time, ticking. */
  now: Accessor<number>
  /** The round open right now, if any. */
  activeRound: Accessor<Round | null>
  /** The newest round, open or closed. */
  latestRound: Accessor<Round | null>
  eligible: Accessor<Set<string>>
  myVotes: Accessor<Vote[]>
  dotsLeft: Accessor<number>
  lateNotice: Accessor<LateNotice | null>
  privateNotes: Accessor<Note[]>
  privateRoom: Accessor<RoomConnection | null>
  message: Accessor<string | null>
  notify(message: string | null): void
  /** The private note being typed into (a new private note opens its editor). */
  privateEditing: Accessor<string | null>
  setPrivateEditing(id: string | null): void
  panelOpen: Accessor<boolean>
  setPanelOpen(open: boolean): void
  actions: {
    startRound(args: Omit<StartRoundArgs, 'now'>): void
    extendRound(byMs: number): void
    endRound(): void
    revealRound(): void
    promoteTop(count: number): number
    vote(noteId: string): void
    unvote(noteId: string): void
    startTimer(durationMs?: number): void
    pauseTimer(): void
    addMinute(): void
    resetTimer(durationMs?: number): void
    setLocks(locks: Locks): void
    setPrivateMode(on: boolean): void
    revealPrivate(): void
    summon(stageId: string): void
  }
}

const FacilitationContext = createContext<Facilitation>()

/** The facilitation of the open board, or undefined outside one (e.g. a note card in a test page). */
export const useFacilitation = (): Facilitation | undefined => useContext(FacilitationContext)

export function FacilitationProvider(props: ParentProps<{ access: Access }>) {
  const board = useBoard()
  const { access } = props
  const isFacilitator = can(access.role, 'facilitate')
  const participant = access.participant
  const canVote = can(access.role, 'vote') && participant !== undefined
  const origin = new LocalOrigin(participant ?? 'anonymous')
  const clock = createServerClock()

  const { session } = board
  const control = session.openControl()
  const ballot = canVote ? session.openBallot(participant) : null
  onCleanup(() => {
    session.close(control)
    if (ballot) session.close(ballot)
  })

  const [snapshot, setSnapshot] = createSignal<ControlSnapshot>(readControl(control.doc))
  onCleanup(onDocChange(control.doc, () => setSnapshot(readControl(control.doc))))
  // Bumped on every ballot change; what is read from the ballot depends on it and on the rounds.
  const [ballotVersion, setBallotVersion] = createSignal(0)
  if (ballot) onCleanup(onDocChange(ballot.doc, () => setBallotVersion((n) => n + 1)))
  const votes = createMemo(() => {
    ballotVersion()
    return ballot ? readVotes(ballot.doc) : []
  })

  // The private room is opened only once private brainstorming starts, to spare a socket per person.
  const [privateRoom, setPrivateRoom] = createSignal<RoomConnection | null>(null)
  const [privateNotes, setPrivateNotes] = createSignal<Note[]>([])
  let stopPrivate = () => {}
  if (canVote && !isFacilitator) {
    createEffect(() => {
      if (!snapshot().privateMode.on || untrack(privateRoom)) return
      const room = session.openPrivate(participant)
      setPrivateRoom(room)
      const stop = onDocChange(room.doc, () => setPrivateNotes(readPrivateNotes(room.doc)))
      stopPrivate = () => {
        stop()
        session.close(room)
      }
    })
  }
  onCleanup(() => stopPrivate())

  const [message, setMessage] = createSignal<string | null>(null)
  let messageTimer: ReturnType<typeof setTimeout> | undefined
  const notify = (text: string | null) => {
    clearTimeout(messageTimer)
    setMessage(text)
    if (text) messageTimer = setTimeout(() => setMessage(null), 6000)
  }
  watchRefusals(board.connection, board.board, () => t(FACILITATION_MESSAGES), notify)
  const panelOpen = () => board.sidePanel() === 'facilitate'
  const setPanelOpen = (open: boolean) => board.setSidePanelOpen('facilitate', open)
  const [privateEditing, setPrivateEditing] = createSignal<string | null>(null)

  const activeRound = createMemo(
    () => snapshot().rounds.find((round) => isRoundOpen(round, clock.now())) ?? null,
  )
  const latestRound = createMemo(() => snapshot().rounds.at(-1) ?? null)
  const eligible = createMemo(() => {
    const round = activeRound() ?? latestRound()
    return round ? eligibleNoteIds(round, board.board) : new Set<string>()
  })
  const myVotes = createMemo(() => {
    const round = activeRound() ?? latestRound()
    return round ? votes().filter((vote) => vote.roundId === round.id) : []
  })
  const counted = createMemo(() => {
    const round = activeRound()
    return round ? countBallot(myVotes(), round, (id) => eligible().has(id)) : null
  })
  const dotsLeft = () => {
    const round = activeRound()
    return round ? round.budget - (counted()?.accepted.length ?? 0) : 0
  }

  /** Runs an operation; a refusal (e.g. the round closed meanwhile) is shown, never thrown. */
  const attempt = <T,>(run: () => T): T | null => {
    try {
      return run()
    } catch (error) {
      if (error instanceof OpError) {
        notify(error.message)
        return null
      }
      throw error
    }
  }
  const withRound = (run: (round: Round) => void) => {
    const round = activeRound() ?? latestRound()
    if (round) attempt(() => run(round))
  }

  // Client-side mirror of the server's rules: locked lanes and private mode decide where a new note goes.
  const gate = (stageId: string, laneId: string, intent: 'add' | 'move') => {
    if (isFacilitator) return true
    if (!mayAddNoteIn(snapshot().locks, laneId)) {
      notify(t(FACILITATION_MESSAGES).laneClosed)
      return false
    }
    const privateDoc = privateRoom()
    if (intent === 'add' && privateDoc && snapshot().privateMode.on) {
      const id = attempt(() =>
        addPrivateNote(privateDoc.doc, { stageId, laneId, author: board.author, now: clock.read() }, origin),
      )
      setPrivateEditing(id)
      notify(t(FACILITATION_MESSAGES).privateSaved)
      return false
    }
    return true
  }
  board.noteGates.add(gate)
  onCleanup(() => board.noteGates.delete(gate))
  // The same for the skeleton lock: stages, lanes, maps, personas and the title turn read-only.
  createEffect(() => board.setStructureLocked(!isFacilitator && snapshot().locks.skeleton))
  onCleanup(() => board.setStructureLocked(false))

  const value: Facilitation = {
    isFacilitator,
    canVote,
    control: snapshot,
    now: clock.now,
    activeRound,
    latestRound,
    eligible,
    myVotes,
    dotsLeft,
    lateNotice: () => {
      ballotVersion()
      const round = latestRound()
      return round && ballot ? readLateNotice(ballot.doc, round.id) : null
    },
    privateNotes,
    privateRoom,
    message,
    notify,
    privateEditing,
    setPrivateEditing,
    panelOpen,
    setPanelOpen,
    actions: {
      startRound: (args) => attempt(() => startRound(control.doc, { ...args, now: clock.read() }, origin)),
      extendRound: (byMs) =>
        withRound((round) =>
          extendRound(control.doc, { roundId: round.id, byMs, now: clock.read() }, origin),
        ),
      endRound: () =>
        withRound((round) => endRound(control.doc, { roundId: round.id, now: clock.read() }, origin)),
      revealRound: () =>
        withRound((round) => revealRound(control.doc, { roundId: round.id, now: clock.read() }, origin)),
      promoteTop(count) {
        const round = latestRound()
        const counts = round ? snapshot().results[round.id]?.counts : null
        if (!counts) return 0
        const ranked = Object.entries(counts)
          .sort((a, b) => b[1] - a[1])
          .slice(0, count)
          .map(([id]) => id)
        const created = attempt(() =>
          promoteToOpportunities(
            board.connection.doc,
            { noteIds: ranked, author: board.author, now: clock.read() },
            board.connection.origin,
          ),
        )
        if (created) notify(t(FACILITATION_MESSAGES).promoted(created.length))
        return created?.length ?? 0
      },
      vote(noteId) {
        const round = activeRound()
        if (!round || !ballot) return
        if (dotsLeft() <= 0) return notify(t(FACILITATION_MESSAGES).noDotsLeft)
        const onNote = counted()?.accepted.filter((vote) => vote.noteId === noteId).length ?? 0
        if (onNote >= round.capPerNote) return notify(t(FACILITATION_MESSAGES).capReached)
        attempt(() => castVote(ballot.doc, { roundId: round.id, noteId, now: clock.read() }, origin))
      },
      unvote(noteId) {
        const round = activeRound()
        if (round && ballot) attempt(() => retractVote(ballot.doc, { roundId: round.id, noteId }, origin))
      },
      startTimer: (durationMs) =>
        attempt(() => startTimer(control.doc, { now: clock.read(), durationMs }, origin)),
      pauseTimer: () => attempt(() => pauseTimer(control.doc, { now: clock.read() }, origin)),
      addMinute: () => attempt(() => addTime(control.doc, { now: clock.read(), ms: 60_000 }, origin)),
      resetTimer: (durationMs) => attempt(() => resetTimer(control.doc, { durationMs }, origin)),
      setLocks: (locks) => attempt(() => setLocks(control.doc, locks, origin)),
      setPrivateMode: (on) => attempt(() => setPrivateMode(control.doc, on, origin)),
      revealPrivate: () => attempt(() => revealPrivateNotes(control.doc, { now: clock.read() }, origin)),
      summon: (stageId) => attempt(() => summonTo(control.doc, { stageId, at: clock.read() }, origin)),
    },
  }
  return <FacilitationContext.Provider value={value}>{props.children}</FacilitationContext.Provider>
}
