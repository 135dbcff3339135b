import {
  ballotRoomName,
  castVote,
  controlRoomName,
  endRound,
  LocalOrigin,
  readBoard,
  readRoundResult,
  revealRound,
  startRound,
} from '@jm/shared'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { createBoard, joinParticipant } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { exportBoard, fillSampleBoard, SAMPLE_NOTES, untilServerHasNotes } from '../helpers/sampleBoard.ts'

describe('votes in the exports come from the published tallies', () => {
  const server = useInProcessServer({}, 'all')
  const connect = server.connect

  it('show 0 while a hidden round runs, then the revealed counts, ranked in the report', async () => {
    const board = await createBoard(server.url, { title: 'Vote export', locale: 'en' })
    const lead = await joinParticipant(server.url, board.id, board.tokens.facilitator, 'Fay')
    const content = connect(board.id, lead.token)
    const control = connect(controlRoomName(board.id), lead.token)
    await Promise.all([content.synced, control.synced])
    fillSampleBoard(content.doc)
    await untilServerHasNotes(server, board.id, SAMPLE_NOTES.length)
    const notes = readBoard(content.doc).notes
    const slow = notes.find((note) => note.text.startsWith('报价流程'))?.id ?? ''
    const pricing = notes.find((note) => note.text.startsWith('Pricing page'))?.id ?? ''

    const voters = await Promise.all(
      ['Ann', 'Bo'].map((name) => joinParticipant(server.url, board.id, board.tokens.editor, name)),
    )
    const ballots = voters.map((voter) => connect(ballotRoomName(board.id, voter.participant), voter.token))
    await Promise.all(ballots.map((ballot) => ballot.synced))
    const origin = new LocalOrigin('fay')
    const roundId = startRound(
      control.doc,
      { budget: 3, capPerNote: 3, anonymous: true, results: 'hidden', now: Date.now() },
      origin,
    )
    const [ann, bo] = ballots.map((ballot) => ballot.doc)
    if (!ann || !bo) throw new Error('two ballots expected')
    for (const [i, noteId] of [pricing, pricing, slow].entries())
      castVote(ann, { roundId, noteId, now: i }, new LocalOrigin('ann'))
    for (const [i, noteId] of [pricing, pricing].entries())
      castVote(bo, { roundId, noteId, now: i }, new LocalOrigin('bo'))
    await eventually(() => expect(readRoundResult(control.doc, roundId)).toMatchObject({ votesCast: 5 }))

    const votesColumn = async () => {
      const csv = await (await exportBoard(server, board.id, board.tokens.viewer, 'csv')).text()
      const rows = parse(csv, { columns: true }) as Array<Record<string, string>>
      return Object.fromEntries(rows.map((row) => [row.text, row.votes]))
    }
    // Hidden results are not in the control room yet, so the export does not leak them either.
    expect(Object.values(await votesColumn()).every((votes) => votes === '0')).toBe(true)

    endRound(control.doc, { roundId, now: Date.now() }, origin)
    revealRound(control.doc, { roundId, now: Date.now() }, origin)
    await eventually(() => expect(readRoundResult(control.doc, roundId)?.counts).not.toBeNull())
    const revealed = await votesColumn()
    expect(revealed['Pricing page unclear, "hidden" fees']).toBe('4')
    expect(revealed['报价流程太慢，\n需要三周']).toBe('1')
    expect(revealed['LinkedIn ads']).toBe('0')

    const report = await (await exportBoard(server, board.id, board.tokens.viewer, 'md')).text()
    expect(report).toContain(
      [
        '| 1 | Pricing page unclear, "hidden" fees | 2. Capture | 4 |',
        '| 2 | 报价流程太慢，<br>需要三周 | 2. Capture | 1 |',
      ].join('\n'),
    )
  })
})
