import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { LocalOrigin } from '../ops/origin.ts'
import { castVote, readVotes, retractVote, type Vote } from './ballot.ts'
import { countBallot, rankNotes, tallyBallots } from './tally.ts'

const vote = (id: string, noteId: string, at: number): Vote => ({ id, roundId: 'r', noteId, at })
const everyNote = () => true

describe('countBallot', () => {
  it('drops ineligible dots, then those past the per-note cap, then those past the budget', () => {
    const votes = [
      vote('a', 'n1', 1),
      vote('b', 'n1', 2),
      vote('c', 'n1', 3),
      vote('d', 'gone', 4),
      vote('e', 'n2', 5),
      vote('f', 'n3', 6),
      vote('g', 'n4', 7),
    ]
    const counted = countBallot(votes, { budget: 4, capPerNote: 2 }, (id) => id !== 'gone')
    expect(counted.accepted.map((v) => v.id)).toEqual(['a', 'b', 'e', 'f'])
    expect(counted.dropped.map((d) => [d.vote.id, d.reason])).toEqual([
      ['c', 'cap'],
      ['d', 'ineligible'],
      ['g', 'budget'],
    ])
  })

  it('gives the same answer whatever order or how often the dots arrived', () => {
    const arbVote = fc.record({
      id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
      noteId: fc.constantFrom('n1', 'n2', 'n3', 'n4'),
      at: fc.integer({ min: 0, max: 20 }),
    })
    fc.assert(
      fc.property(
        fc.uniqueArray(arbVote, { selector: (v) => v.id, maxLength: 30 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer(),
        (raw, budget, cap, seed) => {
          const votes = raw.map((v) => vote(v.id, v.noteId, v.at))
          const rules = { budget, capPerNote: Math.min(cap, budget) }
          // A shuffled copy with some dots delivered twice, as a merge of two devices can present them.
          const shuffled = [...votes, ...votes.filter((_, i) => (i + seed) % 3 === 0)]
            .map((v, i) => ({ v, k: (i * 7919 + seed) % 101 }))
            .sort((a, b) => a.k - b.k)
            .map(({ v }) => v)
          const unique = [...new Map(shuffled.map((v) => [v.id, v])).values()]
          const a = countBallot(votes, rules, everyNote)
          const b = countBallot(unique, rules, everyNote)
          expect(b.accepted.map((v) => v.id)).toEqual(a.accepted.map((v) => v.id))
          expect(a.accepted.length).toBeLessThanOrEqual(rules.budget)
        },
      ),
    )
  })
})

describe('ballot documents', () => {
  it('two devices of one voter casting offline merge without losing a dot; the tally caps them', () => {
    const phone = new Y.Doc()
    const laptop = new Y.Doc()
    const origin = new LocalOrigin('p1')
    for (let i = 0; i < 3; i++) castVote(phone, { roundId: 'r', noteId: 'n1', now: 10 + i }, origin)
    for (let i = 0; i < 3; i++) castVote(laptop, { roundId: 'r', noteId: 'n2', now: 20 + i }, origin)
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(laptop))
    Y.applyUpdate(laptop, Y.encodeStateAsUpdate(phone))
    // The same update delivered twice changes nothing.
    Y.applyUpdate(laptop, Y.encodeStateAsUpdate(phone))
    expect(readVotes(phone, 'r')).toHaveLength(6)
    const counted = countBallot(readVotes(laptop, 'r'), { budget: 5, capPerNote: 3 }, everyNote)
    expect(counted.accepted.map((v) => v.noteId)).toEqual(['n1', 'n1', 'n1', 'n2', 'n2'])
    expect(retractVote(phone, { roundId: 'r', noteId: 'n2' }, origin)).toBe(true)
    expect(readVotes(phone, 'r').filter((v) => v.noteId === 'n2')).toHaveLength(2)
  })
})

describe('tallyBallots and rankNotes', () => {
  const ballots = [
    { participant: 'p2', name: 'Bo', noteIds: ['n2', 'n2', 'n1'] },
    { participant: 'p1', name: 'Ann', noteIds: ['n1', 'n3'] },
    { participant: 'p3', name: 'Cy', noteIds: [] },
  ]
  it('hides counts until they may be shown and attributes only when asked', () => {
    const hidden = tallyBallots(ballots, { showCounts: false, attributed: true, final: false })
    expect(hidden).toEqual({ voters: 2, votesCast: 5, counts: null, attribution: null, final: false })
    const shown = tallyBallots(ballots, { showCounts: true, attributed: true, final: true })
    expect(shown.counts).toEqual({ n1: 2, n2: 2, n3: 1 })
    expect(shown.attribution?.n1).toEqual([
      { name: 'Ann', count: 1 },
      { name: 'Bo', count: 1 },
    ])
    expect(tallyBallots(ballots, { showCounts: true, attributed: false, final: true }).attribution).toBeNull()
  })
  it('ranks by votes with shared ranks for ties, in board order', () => {
    expect(rankNotes({ n1: 2, n2: 2, n3: 1, n4: 0 }, ['n2', 'n1', 'n3'])).toEqual([
      { noteId: 'n2', votes: 2, rank: 1 },
      { noteId: 'n1', votes: 2, rank: 1 },
      { noteId: 'n3', votes: 1, rank: 3 },
    ])
  })
})
