import {
  addNote,
  ballotRoomName,
  castVote,
  controlRoomName,
  countBallot,
  endRound,
  LocalOrigin,
  readBoard,
  readLateNotice,
  readRoundResult,
  readRounds,
  readVotes,
  revealRound,
  startRound,
} from '@jm/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard, joinParticipant } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'

describe('a dot-voting round with five participants', () => {
  const server = useInProcessServer()
  const connect = server.connect

  it('counts within budget and cap, hides counts until the reveal, and tells a late voter', async () => {
    const board = await createBoard(server.url, { title: 'Vote', locale: 'en' })
    const lead = await joinParticipant(server.url, board.id, board.tokens.facilitator, 'Fay')
    const content = connect(board.id, lead.token)
    const control = connect(controlRoomName(board.id), lead.token)
    await Promise.all([content.synced, control.synced])
    const view = readBoard(content.doc)
    const pains = view.lanes.find((lane) => lane.kind === 'painPoints')
    const other = view.lanes.find((lane) => lane.kind !== 'painPoints')
    if (!pains || !other) throw new Error('template lacks lanes')
    const origin = new LocalOrigin('fay')
    const note = (text: string, stage: number, laneId: string) =>
      addNote(
        content.doc,
        { stageId: view.stages[stage]?.id ?? '', laneId, author: 'Fay', now: 1, text },
        origin,
      )
    const slow = note('Slow onboarding', 0, pains.id)
    const pricing = note('Pricing unclear', 1, pains.id)
    const support = note('Support hard to reach', 2, pains.id)
    const notAPain = note('Webinar', 0, other.id)

    const people = await Promise.all(
      ['Ann', 'Bo', 'Cy', 'Di', 'Ed'].map((name) =>
        joinParticipant(server.url, board.id, board.tokens.editor, name),
      ),
    )
    const [ann, bo, cy, di, ed] = people.map((p) => ({ ...p, room: ballotRoomName(board.id, p.participant) }))
    if (!ann || !bo || !cy || !di || !ed) throw new Error('join failed')

    // The participants' ballots are opened before the round starts, as a browser does on load.
    const [annB, boB, cyB] = [ann, bo, cy].map((p) => connect(p.room, p.token))
    await Promise.all([annB, boB, cyB].map((c) => c?.synced))
    await eventually(() => expect(readBoard(content.doc).notes).toHaveLength(4))

    const roundId = startRound(
      control.doc,
      { budget: 3, capPerNote: 2, anonymous: false, results: 'hidden', now: Date.now() },
      origin,
    )
    const vote = (doc: Y.Doc, noteId: string, at: number) =>
      castVote(doc, { roundId, noteId, now: at }, new LocalOrigin('voter'))

    // Ann spends four dots (the last is over budget); Bo puts three on one note (cap 2);
    // Cy votes on a note outside the pain-point lane (ineligible) and on one pain point.
    for (const [i, id] of [slow, pricing, support, slow].entries()) vote(annB?.doc as Y.Doc, id, i)
    for (let i = 0; i < 3; i++) vote(boB?.doc as Y.Doc, pricing, i)
    vote(cyB?.doc as Y.Doc, notAPain, 0)
    vote(cyB?.doc as Y.Doc, slow, 1)

    // Di votes while offline, then comes back before the close.
    const diDoc = new Y.Doc()
    vote(diDoc, support, 0)
    vote(diDoc, support, 1)
    // Ed votes while offline too, but only comes back after the close.
    const edDoc = new Y.Doc()
    vote(edDoc, slow, 0)
    vote(edDoc, pricing, 1)

    await eventually(() =>
      expect(readRoundResult(control.doc, roundId)).toMatchObject({ voters: 3, votesCast: 6 }),
    )
    // Hidden until the reveal: everyone can read the control room, so it carries no counts yet.
    expect(readRoundResult(control.doc, roundId)?.counts).toBeNull()

    const diB = connect(di.room, di.token, diDoc)
    await diB.synced
    await eventually(() =>
      expect(readRoundResult(control.doc, roundId)).toMatchObject({ voters: 4, votesCast: 8 }),
    )

    endRound(control.doc, { roundId, now: Date.now() }, origin)
    await eventually(() => expect(readRoundResult(control.doc, roundId)?.final).toBe(true))

    const edB = connect(ed.room, ed.token, edDoc)
    await edB.synced
    await eventually(() => expect(readLateNotice(edB.doc, roundId)).toMatchObject({ count: 2 }))
    // A late dot cast after the notice (still offline-queued) updates the notice, never the tally.
    vote(edB.doc, support, 2)
    await eventually(() => expect(readLateNotice(edB.doc, roundId)?.count).toBe(3))

    revealRound(control.doc, { roundId, now: Date.now() }, origin)
    await eventually(() => expect(readRoundResult(control.doc, roundId)?.counts).not.toBeNull())
    const result = readRoundResult(control.doc, roundId)
    expect(result?.counts).toEqual({ [slow]: 2, [pricing]: 3, [support]: 3 })
    expect(result).toMatchObject({ voters: 4, votesCast: 8, final: true })
    expect(result?.attribution?.[pricing]).toEqual(
      expect.arrayContaining([
        { name: 'Ann', count: 1 },
        { name: 'Bo', count: 2 },
      ]),
    )
    expect(readRounds(control.doc)[0]).toMatchObject({ status: 'closed' })

    // Everyone (a viewer too) reads the same published result.
    const viewer = connect(controlRoomName(board.id), board.tokens.viewer)
    await viewer.synced
    expect(readRoundResult(viewer.doc, roundId)?.counts).toEqual(result?.counts)
  })

  it('closes a round at its deadline on the server and counts nothing after it', async () => {
    const board = await createBoard(server.url, { title: 'Deadline' })
    const lead = await joinParticipant(server.url, board.id, board.tokens.facilitator, 'Fay')
    const content = connect(board.id, lead.token)
    const control = connect(controlRoomName(board.id), lead.token)
    await Promise.all([content.synced, control.synced])
    const view = readBoard(content.doc)
    const pains = view.lanes.find((lane) => lane.kind === 'painPoints')
    const origin = new LocalOrigin('fay')
    const pain = addNote(
      content.doc,
      { stageId: view.stages[0]?.id ?? '', laneId: pains?.id ?? '', author: 'Fay', now: 1, text: 'Slow' },
      origin,
    )
    const voter = await joinParticipant(server.url, board.id, board.tokens.editor, 'Ann')
    const ballot = connect(ballotRoomName(board.id, voter.participant), voter.token)
    await ballot.synced
    await eventually(() => expect(readBoard(content.doc).notes).toHaveLength(1))
    const roundId = startRound(
      control.doc,
      { budget: 5, anonymous: true, results: 'live', durationMs: 1500, now: Date.now() },
      origin,
    )
    castVote(ballot.doc, { roundId, noteId: pain, now: 1 }, origin)
    await eventually(() => expect(readRoundResult(control.doc, roundId)?.counts).toEqual({ [pain]: 1 }))
    await eventually(() => expect(readRounds(control.doc)[0]?.status).toBe('closed'), { timeout: 5000 })
    castVote(ballot.doc, { roundId, noteId: pain, now: 2 }, origin)
    await eventually(() => expect(readLateNotice(ballot.doc, roundId)?.count).toBe(1))
    expect(readRoundResult(control.doc, roundId)).toMatchObject({ counts: { [pain]: 1 }, final: true })
  })

  it('counts two devices of one voter voting at once, and a re-sent ballot, within one budget', async () => {
    const board = await createBoard(server.url, { title: 'Devices' })
    const lead = await joinParticipant(server.url, board.id, board.tokens.facilitator, 'Fay')
    const content = connect(board.id, lead.token)
    const control = connect(controlRoomName(board.id), lead.token)
    await Promise.all([content.synced, control.synced])
    const view = readBoard(content.doc)
    const pains = view.lanes.find((lane) => lane.kind === 'painPoints')?.id ?? ''
    const origin = new LocalOrigin('fay')
    const notes = [0, 1, 2].map((i) =>
      addNote(
        content.doc,
        { stageId: view.stages[i]?.id ?? '', laneId: pains, author: 'F', now: i, text: `p${i}` },
        origin,
      ),
    )
    const voter = await joinParticipant(server.url, board.id, board.tokens.editor, 'Ann')
    const room = ballotRoomName(board.id, voter.participant)
    const phone = connect(room, voter.token)
    const laptop = connect(room, voter.token)
    await Promise.all([phone.synced, laptop.synced])
    await eventually(() => expect(readBoard(content.doc).notes).toHaveLength(3))
    const roundId = startRound(
      control.doc,
      { budget: 4, capPerNote: 2, anonymous: true, results: 'live', now: Date.now() },
      origin,
    )
    // Both devices spend the whole budget at the same moment: eight dots for a budget of four.
    for (const [i, noteId] of [notes[0], notes[0], notes[0], notes[1]].entries())
      castVote(phone.doc, { roundId, noteId: noteId ?? '', now: 10 + i }, origin)
    for (const [i, noteId] of [notes[2], notes[2], notes[1], notes[1]].entries())
      castVote(laptop.doc, { roundId, noteId: noteId ?? '', now: 10 + i }, origin)
    // An old copy of the phone's ballot sent again, as after a reconnect.
    const replay = connect(
      room,
      voter.token,
      (() => {
        const copy = new Y.Doc()
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(phone.doc))
        return copy
      })(),
    )
    await replay.synced
    await eventually(() => expect(readVotes(laptop.doc, roundId)).toHaveLength(8))
    // The server's choice is the deterministic one: earliest cast first, ties by vote id.
    const expected = countBallot(readVotes(laptop.doc, roundId), { budget: 4, capPerNote: 2 }, () => true)
    const counts: Record<string, number> = {}
    for (const vote of expected.accepted) counts[vote.noteId] = (counts[vote.noteId] ?? 0) + 1
    await eventually(() =>
      expect(readRoundResult(control.doc, roundId)).toMatchObject({ voters: 1, votesCast: 4, counts }),
    )
  })
})
