import { addAction, addNote, LocalOrigin, readActions, readBoard, setActionFields } from '@jm/shared'
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

  it('merges actions two people made and edited while one was offline, and serves the merged list', async () => {
    const board = await createBoard(server.url, { title: 'Offline actions' })
    const ann = server.connect(board.id, board.tokens.editor)
    const bob = server.connect(board.id, board.tokens.facilitator)
    await Promise.all([ann.synced, bob.synced])
    const [annOrigin, bobOrigin] = [new LocalOrigin('ann'), new LocalOrigin('bob')]
    const shared = addAction(ann.doc, { title: 'Pricing page', author: 'ann', now: 1 }, annOrigin)
    await eventually(() => expect(readActions(bob.doc)).toHaveLength(1))

    bob.provider.disconnect()
    setActionFields(bob.doc, { actionId: shared, owner: 'Marketing', author: 'bob', now: 2 }, bobOrigin)
    const offline = addAction(bob.doc, { title: 'Made on the train', author: 'bob', now: 2 }, bobOrigin)
    setActionFields(ann.doc, { actionId: shared, status: 'doing', author: 'ann', now: 3 }, annOrigin)
    const online = addAction(ann.doc, { title: 'Made online', author: 'ann', now: 3 }, annOrigin)
    bob.provider.connect()

    await eventually(() => {
      expect(readActions(ann.doc)).toEqual(readActions(bob.doc))
      expect(
        readActions(ann.doc)
          .map((action) => action.id)
          .sort(),
      ).toEqual([shared, offline, online].sort())
    })
    expect(readActions(ann.doc).find((action) => action.id === shared)).toMatchObject({
      owner: 'Marketing',
      status: 'doing',
    })
    await eventually(async () => {
      const response = await actionsOf(board.id, board.tokens.viewer)
      const body = (await response.json()) as BoardActionList
      expect(body.actions.map((action) => action.id)).toEqual(readActions(ann.doc).map((action) => action.id))
    })
  })
})
