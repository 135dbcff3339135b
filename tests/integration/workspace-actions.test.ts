import { addAction, addNote, LocalOrigin, readBoard } from '@jm/shared'
import type { WorkspaceActionList } from '@jm/shared/api/workspaces'
import { describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { call, createBoardIn, createWorkspace } from '../helpers/workspaces.ts'

const origin = new LocalOrigin('workspace-actions-test')

describe('the actions of a workspace', () => {
  const server = useInProcessServer()

  it('lists every board’s actions with the board and stages, filtered, from the kept summaries', async () => {
    const ws = await createWorkspace(server.url, '客户体验')
    const renewal = await createBoardIn(server.url, ws.tokens.member, {
      title: 'Renewal',
      mapType: 'currentState',
    })
    const onboarding = await createBoardIn(server.url, ws.tokens.member, {
      title: 'Onboarding',
      mapType: 'futureState',
    })
    const writeTo = async (boardId: string, token: string) => {
      const client = server.connect(boardId, token)
      await client.synced
      return client
    }
    const a = await writeTo(renewal.id, renewal.tokens.editor)
    const { stages, lanes } = readBoard(a.doc)
    const note = addNote(
      a.doc,
      {
        stageId: stages[1]?.id ?? '',
        laneId: lanes[0]?.id ?? '',
        author: 'Mei',
        now: 1,
        text: 'Price shock',
      },
      origin,
    )
    const at = { author: 'Mei', now: 2 }
    addAction(
      a.doc,
      { ...at, title: 'Publish the price list', owner: 'Sales', due: '2026-01-10', noteIds: [note] },
      origin,
    )
    addAction(
      a.doc,
      { ...at, title: 'Renewal reminder', owner: 'sales', status: 'done', due: '2026-01-01' },
      origin,
    )
    const b = await writeTo(onboarding.id, onboarding.tokens.editor)
    addAction(
      b.doc,
      { ...at, title: '开通向导', owner: 'Service', status: 'doing', impact: 5, effort: 2 },
      origin,
    )

    const list = async (query = '', token = ws.tokens.member) =>
      call<WorkspaceActionList>(server.url, `/workspaces/${ws.id}/actions${query}`, { token })
    await eventually(async () => expect((await list()).body.actions).toHaveLength(3))
    const all = (await list()).body.actions
    expect(all.map((item) => item.title)).toEqual(['开通向导', 'Publish the price list', 'Renewal reminder'])
    expect(all[1]).toMatchObject({
      boardId: renewal.id,
      boardTitle: 'Renewal',
      mapType: 'currentState',
      owner: 'Sales',
      due: '2026-01-10',
      noteIds: [note],
      stages: [stages[1]?.name],
    })

    const titles = async (query: string) => (await list(query)).body.actions.map((item) => item.title)
    expect(await titles('?owner=SALES')).toEqual(['Publish the price list', 'Renewal reminder'])
    expect(await titles('?status=doing')).toEqual(['开通向导'])
    expect(await titles(`?stage=${encodeURIComponent(stages[1]?.name.slice(1, 4) ?? '')}`)).toEqual([
      'Publish the price list',
    ])
    expect(await titles('?mapType=futureState')).toEqual(['开通向导'])
    expect(await titles('?due=overdue&today=2026-02-01')).toEqual(['Publish the price list'])
    expect(await titles('?due=overdue&today=2026-01-05')).toEqual([])
    expect(await titles('?due=none')).toEqual(['开通向导'])

    // The card counts open actions; an archived board's actions leave the list.
    const cards = await call<{ boards: Array<{ id: string; openActions: number; actions?: unknown }> }>(
      server.url,
      `/workspaces/${ws.id}/boards`,
      { token: ws.tokens.owner },
    )
    const card = cards.body.boards.find((board) => board.id === renewal.id)
    expect(card?.openActions).toBe(1)
    expect(card).not.toHaveProperty('actions')
    await call(server.url, `/workspaces/${ws.id}/boards/${onboarding.id}/archive`, {
      method: 'POST',
      token: ws.tokens.owner,
    })
    expect(await titles('')).toEqual(['Publish the price list', 'Renewal reminder'])

    const refused = await Promise.all([
      list('', renewal.tokens.facilitator),
      list('?status=finished'),
      list('?due=overdue&today=yesterday'),
    ])
    expect(refused.map((answer) => answer.status)).toEqual([401, 400, 400])
    a.destroy()
    b.destroy()
  })
})
