import { addAction, addNote, LocalOrigin, readBoard } from '@jm/shared'
import { BoardActionList, validate } from '@jm/shared/api'
import { describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'

describe('GET /api/boards/:id/actions', () => {
  const server = useInProcessServer()

  const actionsOf = (board: string, token: string) =>
    fetch(`${server.url}/api/boards/${board}/actions`, { headers: { authorization: `Bearer ${token}` } })

  it('answers the actions a y-websocket client wrote to any role of the board, and refuses other tokens', async () => {
    const board = await createBoard(server.url, { title: 'Actions over HTTP' })
    const other = await createBoard(server.url, { title: 'Another board' })
    const writer = server.connect(board.id, board.tokens.editor)
    await writer.synced
    const { stages, lanes } = readBoard(writer.doc)
    const painLane = lanes.find((lane) => lane.kind === 'painPoints') ?? lanes[0]
    const origin = new LocalOrigin('writer')
    const pain = addNote(
      writer.doc,
      { stageId: stages[0]?.id ?? '', laneId: painLane?.id ?? '', author: 'w', now: 1, text: '报价太慢' },
      origin,
    )
    const action = addAction(
      writer.doc,
      {
        title: '自助报价',
        noteIds: [pain],
        owner: '销售部',
        due: '2025-06-30',
        status: 'planned',
        impact: 5,
        effort: 2,
        author: 'w',
        now: 2,
      },
      origin,
    )

    const expected = {
      actions: [
        {
          id: action,
          title: '自助报价',
          status: 'planned',
          owner: '销售部',
          due: '2025-06-30',
          impact: 5,
          effort: 2,
          noteIds: [pain],
          boardId: board.id,
        },
      ],
    }
    for (const token of Object.values(board.tokens)) {
      const answer = await eventually(async () => {
        const response = await actionsOf(board.id, token)
        expect(response.status).toBe(200)
        const body = await response.json()
        expect(body).toEqual(expected)
        return body
      })
      expect(validate(BoardActionList, answer).ok).toBe(true)
    }

    // A token of another board is no valid token for this one (boardAuth.ts): 401, as on every board route.
    expect((await actionsOf(board.id, other.tokens.viewer)).status).toBe(401)
    expect((await fetch(`${server.url}/api/boards/${board.id}/actions`)).status).toBe(401)
  })
})
