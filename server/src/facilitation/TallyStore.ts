import { type AcceptedBallot, ServerOrigin } from '@jm/shared'
import * as Y from 'yjs'
import type { Room } from '../relay/Room.ts'

/**
 * The server's own record of each voter's counted dots, in a room no client can open
 * (`<board>.tally`: no role may read or write it). It is what freezes a round: once the round
 * closes, the dots recorded here are final, and any other dot in a ballot arrived too late.
 * Hidden rounds publish nothing per note until the reveal, so the counts must live here.
 */

export interface StoredBallot extends AcceptedBallot {
  /** Every dot seen while the round was open, counted or dropped (budget, cap, eligibility). */
  seenVoteIds: string[]
}

const ORIGIN = new ServerOrigin('tally')
const key = (roundId: string, participant: string) => `${roundId}|${participant}`

export class TallyStore {
  readonly #ballots = new Map<string, StoredBallot & { roundId: string }>()
  readonly #privateParticipants = new Set<string>()
  #lastPrivateReveal = 0

  /**
   * `onOthersChange` runs after ballots counted elsewhere arrived (with several instances, each
   * counts the voters connected to it, and the room carries their counts to the others).
   */
  constructor(
    private readonly room: Room,
    onOthersChange: () => void = () => {},
  ) {
    this.#read()
    room.hibernatingDoc.observe((doc) =>
      doc.on('afterTransaction', (transaction: Y.Transaction) => {
        if (transaction.origin === ORIGIN || transaction.changed.size === 0) return
        this.#read()
        onOthersChange()
      }),
    )
  }

  #read(): void {
    this.room.doc.getMap<unknown>('ballots').forEach((value, k) => {
      const ballot = readStored(value)
      const roundId = k.split('|')[0]
      if (ballot && roundId) this.#ballots.set(k, { ...ballot, roundId })
    })
    this.room.doc.getMap<unknown>('private').forEach((_value, participant) => {
      this.#privateParticipants.add(participant)
    })
    const last = this.room.doc.getMap<unknown>('meta').get('lastPrivateReveal')
    if (typeof last === 'number') this.#lastPrivateReveal = Math.max(this.#lastPrivateReveal, last)
  }

  get(roundId: string, participant: string): StoredBallot | undefined {
    return this.#ballots.get(key(roundId, participant))
  }

  ballotsOf(roundId: string): StoredBallot[] {
    return [...this.#ballots.values()].filter((ballot) => ballot.roundId === roundId)
  }

  set(roundId: string, ballot: StoredBallot): Promise<void> {
    const k = key(roundId, ballot.participant)
    this.#ballots.set(k, { ...ballot, roundId })
    const value = { ...ballot }
    return this.room.change((doc) => doc.getMap('ballots').set(k, value), ORIGIN)
  }

  get privateParticipants(): string[] {
    return [...this.#privateParticipants]
  }

  addPrivateParticipant(participant: string): Promise<void> | undefined {
    if (this.#privateParticipants.has(participant)) return undefined
    this.#privateParticipants.add(participant)
    return this.room.change((doc) => doc.getMap('private').set(participant, true), ORIGIN)
  }

  get lastPrivateReveal(): number {
    return this.#lastPrivateReveal
  }

  setLastPrivateReveal(at: number): Promise<void> {
    this.#lastPrivateReveal = at
    return this.room.change((doc) => doc.getMap('meta').set('lastPrivateReveal', at), ORIGIN)
  }
}

function readStored(value: unknown): StoredBallot | null {
  if (typeof value !== 'object' || value === null || value instanceof Y.AbstractType) return null
  const { participant, name, noteIds, seenVoteIds } = value as Record<string, unknown>
  if (typeof participant !== 'string' || !Array.isArray(noteIds)) return null
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []
  return {
    participant,
    name: typeof name === 'string' ? name : '',
    noteIds: strings(noteIds),
    seenVoteIds: strings(seenVoteIds),
  }
}
