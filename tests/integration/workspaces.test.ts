import { AuthSubtype, addNote, LocalOrigin, readBoard } from '@jm/shared'
import type { CreatedBoard } from '@jm/shared/api'
import type { OpenedBoard, WorkspaceBoardList, WorkspaceInfo } from '@jm/shared/api/workspaces'
import { describe, expect, it } from 'vitest'
import { createBoard, joinBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { call, createBoardIn, createWorkspace } from '../helpers/workspaces.ts'
import { recordAuthMessages } from '../helpers/yclient.ts'

const origin = new LocalOrigin('workspace-test')

describe('workspaces', () => {
  const server = useInProcessServer()

  it('creates a workspace with owner and member links, and refuses what it should', async () => {
    const ws = await createWorkspace(server.url, '  客户体验团队 ')
    expect(ws.name).toBe('客户体验团队')
    expect(ws.links.owner).toBe(`/w/${ws.id}#token=${ws.tokens.owner}`)
    expect(ws.links.member).toBe(`/w/${ws.id}#token=${ws.tokens.member}`)
    const asOwner = await call<WorkspaceInfo>(server.url, `/workspaces/${ws.id}`, { token: ws.tokens.owner })
    expect(asOwner.body).toMatchObject({ id: ws.id, name: '客户体验团队', role: 'owner', boardCount: 0 })
    expect(asOwner.body.links?.member).toBe(ws.links.member)
    const asMember = await call<WorkspaceInfo>(server.url, `/workspaces/${ws.id}`, {
      token: ws.tokens.member,
    })
    expect(asMember.body.role).toBe('member')
    expect(asMember.body.links).toBeUndefined()

    const other = await createWorkspace(server.url, 'Other team')
    const board = await createBoard(server.url)
    const refusals = await Promise.all([
      call(server.url, `/workspaces/${ws.id}/boards`),
      call(server.url, `/workspaces/${ws.id}/boards`, { token: 'v1.forged.token' }),
      call(server.url, `/workspaces/${ws.id}/boards`, { token: board.tokens.facilitator }),
      call(server.url, `/workspaces/${ws.id}/boards`, { token: other.tokens.owner }),
      call(server.url, '/workspaces/no-such-workspace/boards', { token: ws.tokens.owner }),
      call(server.url, '/workspaces', { body: { name: ' ' } }),
      call(server.url, `/workspaces/${ws.id}/links/member/rotate`, {
        method: 'POST',
        token: ws.tokens.member,
      }),
      call(server.url, '/boards', { token: 'v1.forged.token', body: {} }),
    ])
    expect(refusals.map((answer) => answer.status)).toEqual([401, 401, 401, 403, 404, 400, 403, 401])
    for (const answer of refusals) expect(answer.body).toHaveProperty('error')
  })

  it('lists the boards created in it with their summary, and opens them in the role the link gives', async () => {
    const ws = await createWorkspace(server.url)
    const inside = await createBoardIn(server.url, ws.tokens.member, {
      title: 'Renewal',
      mapType: 'currentState',
      persona: { name: 'Li Wei' },
      segment: 'Manufacturers',
    })
    await createBoard(server.url, { title: 'Stand-alone' })
    const list = await call<WorkspaceBoardList>(server.url, `/workspaces/${ws.id}/boards`, {
      token: ws.tokens.member,
    })
    expect(list.body.boards).toHaveLength(1)
    expect(list.body.boards[0]).toMatchObject({
      id: inside.id,
      title: 'Renewal',
      mapType: 'currentState',
      persona: 'Li Wei',
      segment: 'Manufacturers',
      noteCount: 0,
      archived: false,
    })
    const open = (token: string, board = inside.id) =>
      call<OpenedBoard>(server.url, `/workspaces/${ws.id}/boards/${board}/open`, { method: 'POST', token })
    const member = await open(ws.tokens.member)
    expect(member.body).toMatchObject({ role: 'editor', link: `/b/${inside.id}#token=${member.body.token}` })
    expect((await open(ws.tokens.owner)).body.role).toBe('facilitator')
    const stray = await createBoard(server.url)
    expect((await open(ws.tokens.owner, stray.id)).status).toBe(404)

    // The member's board token works at the relay like the board's own editor link.
    const client = server.connect(inside.id, member.body.token)
    await client.synced
    expect(readBoard(client.doc).meta.title).toBe('Renewal')
  })

  it('keeps each card up to date from the stored updates: notes, open pain points, last editor', async () => {
    const ws = await createWorkspace(server.url)
    const board = await createBoardIn(server.url, ws.tokens.owner, { title: 'Onboarding' })
    const participant = await joinBoard(server.url, board.id, board.tokens.editor, 'Mei')
    const writer = server.connect(board.id, participant)
    await writer.synced
    const { stages, lanes } = readBoard(writer.doc)
    const pain = lanes.find((lane) => lane.kind === 'painPoints') ?? lanes[0]
    const cell = { stageId: stages[0]?.id ?? '', laneId: pain?.id ?? '' }
    addNote(writer.doc, { ...cell, author: 'Mei', now: 1, text: 'Setup takes weeks' }, origin)
    addNote(writer.doc, { ...cell, author: 'Mei', now: 2, text: 'Nobody answers the phone' }, origin)
    await eventually(async () => {
      const list = await call<WorkspaceBoardList>(server.url, `/workspaces/${ws.id}/boards`, {
        token: ws.tokens.owner,
      })
      expect(list.body.boards[0]).toMatchObject({ noteCount: 2, openPainPoints: 2, lastEditor: 'Mei' })
    })
  })

  it('archives a board read-only and out of the default list, and restores it', async () => {
    const ws = await createWorkspace(server.url)
    const board: CreatedBoard = await createBoardIn(server.url, ws.tokens.member, { title: 'Q1 map' })
    const path = `/workspaces/${ws.id}/boards/${board.id}`
    expect(
      (await call(server.url, `${path}/archive`, { method: 'POST', token: ws.tokens.member })).status,
    ).toBe(403)
    expect(
      (await call(server.url, `${path}/archive`, { method: 'POST', token: board.tokens.editor })).status,
    ).toBe(403)
    const writer = server.connect(board.id, board.tokens.editor)
    const toldWriter = recordAuthMessages(writer.provider)
    await writer.synced
    const archived = await call(server.url, `${path}/archive`, {
      method: 'POST',
      token: board.tokens.facilitator,
    })
    expect(archived.body).toEqual({ id: board.id, archived: true })
    const listed = async (query = '') =>
      (
        await call<WorkspaceBoardList>(server.url, `/workspaces/${ws.id}/boards${query}`, {
          token: ws.tokens.member,
        })
      ).body.boards
    expect(await listed()).toEqual([])
    expect((await listed('?archived=true')).map((b) => b.id)).toEqual([board.id])

    // An open writer's change is no longer stored; a fresh reader sees the board as it was.
    const { stages, lanes } = readBoard(writer.doc)
    const cell = { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '' }
    addNote(writer.doc, { ...cell, author: 'w', now: 1, text: 'after archiving' }, origin)
    const late = server.connect(board.id, board.tokens.editor)
    const toldLate = recordAuthMessages(late.provider)
    await late.synced
    addNote(late.doc, { ...cell, author: 'w', now: 2, text: 'joined after archiving' }, origin)
    const reader = server.connect(board.id, board.tokens.viewer)
    await reader.synced
    expect(readBoard(reader.doc).notes).toEqual([])
    // Both writers are told the board is archived (their UI turns read-only), not "your role can only read".
    await eventually(() => expect(toldWriter.map((m) => m.subtype)).toEqual([AuthSubtype.archived]))
    expect(toldLate.map((m) => m.subtype)).toEqual([AuthSubtype.archived])
    // Over HTTP too: no upload and no restoring a version while archived.
    const upload = await fetch(`${server.url}/api/boards/${board.id}/attachments?name=a.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.editor}` },
      body: 'evidence',
    })
    expect([upload.status, await upload.json()]).toEqual([
      409,
      { error: expect.stringContaining('archived') },
    ])
    const restoreVersion = await call(server.url, `/boards/${board.id}/versions/any/restore`, {
      method: 'POST',
      token: board.tokens.facilitator,
    })
    expect(restoreVersion.status).toBe(409)

    const restored = await call(server.url, `${path}/restore`, { method: 'POST', token: ws.tokens.owner })
    expect(restored.body).toEqual({ id: board.id, archived: false })
    expect((await listed()).map((b) => b.id)).toEqual([board.id])
    addNote(late.doc, { ...cell, author: 'w', now: 3, text: 'after restoring' }, origin)
    await eventually(() =>
      expect(readBoard(reader.doc).notes.map((note) => note.text)).toContain('after restoring'),
    )
  })

  it('rotates a workspace link: the old token stops working, the new one works', async () => {
    const ws = await createWorkspace(server.url)
    const rotated = await call<{ token: string; link: string }>(
      server.url,
      `/workspaces/${ws.id}/links/member/rotate`,
      { method: 'POST', token: ws.tokens.owner },
    )
    expect(rotated.body.link).toBe(`/w/${ws.id}#token=${rotated.body.token}`)
    expect((await call(server.url, `/workspaces/${ws.id}`, { token: ws.tokens.member })).status).toBe(401)
    expect((await call(server.url, `/workspaces/${ws.id}`, { token: rotated.body.token })).status).toBe(200)
    expect((await call(server.url, '/boards', { token: ws.tokens.member, body: {} })).status).toBe(401)
  })

  it('puts an imported board into the workspace whose token came with it', async () => {
    const ws = await createWorkspace(server.url)
    const response = await fetch(`${server.url}/api/boards/import?title=Imported`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${ws.tokens.member}` },
      body: 'stage,lane,text\nDiscover,Actions,Reads a review\n',
    })
    expect(response.status).toBe(201)
    const created = (await response.json()) as CreatedBoard
    const list = await call<WorkspaceBoardList>(server.url, `/workspaces/${ws.id}/boards`, {
      token: ws.tokens.member,
    })
    expect(list.body.boards.map((b) => [b.id, b.title, b.noteCount])).toEqual([[created.id, 'Imported', 1]])
  })

  it('keeps the people who joined its boards, one per name in any case, readable from the boards too', async () => {
    const ws = await createWorkspace(server.url)
    const first = await createBoardIn(server.url, ws.tokens.member, { title: 'One' })
    const second = await createBoardIn(server.url, ws.tokens.member, { title: 'Two' })
    const alone = await createBoard(server.url)
    await joinBoard(server.url, first.id, first.tokens.editor, 'Mei')
    await joinBoard(server.url, second.id, second.tokens.viewer, '李伟')
    await joinBoard(server.url, second.id, second.tokens.editor, 'mei')
    await joinBoard(server.url, alone.id, alone.tokens.editor, 'Stranger')
    const names = (answer: { body: { people: Array<{ name: string }> } }) =>
      answer.body.people.map((p) => p.name)
    const listed = await call<{ people: Array<{ name: string; lastSeen: number }> }>(
      server.url,
      `/workspaces/${ws.id}/people`,
      { token: ws.tokens.member },
    )
    expect(names(listed)).toEqual(['mei', '李伟'])
    const fromBoard = await call<{ people: Array<{ name: string }> }>(
      server.url,
      `/boards/${first.id}/people`,
      {
        token: first.tokens.viewer,
      },
    )
    expect(names(fromBoard)).toEqual(['mei', '李伟'])
    const fromAlone = await call<{ people: Array<{ name: string }> }>(
      server.url,
      `/boards/${alone.id}/people`,
      {
        token: alone.tokens.viewer,
      },
    )
    expect(fromAlone.body.people).toEqual([])
    expect(
      (await call(server.url, `/workspaces/${ws.id}/people`, { token: first.tokens.editor })).status,
    ).toBe(401)
  })
})
