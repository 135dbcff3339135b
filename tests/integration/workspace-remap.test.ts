import { addComment, addNote, addStageKpi, LocalOrigin, readBoard } from '@jm/shared'
import type { CreatedBoard } from '@jm/shared/api'
import type { WorkspaceBoardList } from '@jm/shared/api/workspaces'
import { describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { call, createBoardIn, createWorkspace } from '../helpers/workspaces.ts'

const origin = new LocalOrigin('remap-test')

describe('a new board from a board’s structure (the quarterly re-map)', () => {
  const server = useInProcessServer()

  it('keeps maps, stages, lanes, personas and KPI targets, drops notes, comments and actuals, and links back', async () => {
    const ws = await createWorkspace(server.url)
    const q1 = await createBoardIn(server.url, ws.tokens.member, {
      title: 'Renewal Q1',
      persona: { name: 'Li Wei' },
      segment: 'Manufacturers',
    })
    const writer = server.connect(q1.id, q1.tokens.editor)
    await writer.synced
    const before = readBoard(writer.doc)
    const cell = { stageId: before.stages[0]?.id ?? '', laneId: before.lanes[0]?.id ?? '' }
    const note = addNote(writer.doc, { ...cell, author: 'Mei', now: 1, text: 'Slow onboarding' }, origin)
    addComment(
      writer.doc,
      { targetKind: 'note', targetId: note, author: 'Li', now: 2, text: 'agreed' },
      origin,
    )
    addStageKpi(
      writer.doc,
      { stageId: cell.stageId, name: 'NPS', target: 40, actual: 31, unit: 'pts' },
      origin,
    )
    const source = readBoard(writer.doc)

    const path = `/workspaces/${ws.id}/boards/${q1.id}/remap`
    // The stored state, not a moment before the KPI arrived: the remap reads the room once it settled.
    await eventually(async () => {
      const list = await call<WorkspaceBoardList>(server.url, `/workspaces/${ws.id}/boards`, {
        token: ws.tokens.member,
      })
      expect(list.body.boards[0]?.noteCount).toBe(1)
    })
    const remapped = await call<CreatedBoard>(server.url, path, {
      token: ws.tokens.member,
      body: { title: 'Renewal Q2' },
    })
    expect(remapped.status).toBe(201)
    const reader = server.connect(remapped.body.id, remapped.body.tokens.viewer)
    await reader.synced
    const copy = readBoard(reader.doc)
    expect(copy.meta.title).toBe('Renewal Q2')
    expect(copy.notes).toEqual([])
    expect(copy.comments).toEqual([])
    expect(copy.stages.map((stage) => [stage.id, stage.name])).toEqual(
      source.stages.map((stage) => [stage.id, stage.name]),
    )
    expect(copy.lanes.map((lane) => lane.id)).toEqual(source.lanes.map((lane) => lane.id))
    expect(copy.personas.map((persona) => persona.name)).toEqual(['Li Wei'])
    expect(copy.maps[0]).toMatchObject({ persona: 'Li Wei', segment: 'Manufacturers' })
    const kpi = copy.stages[0]?.kpis.find((item) => item.name === 'NPS')
    expect(kpi).toMatchObject({ target: 40, actual: null, unit: 'pts' })

    const list = await call<WorkspaceBoardList>(server.url, `/workspaces/${ws.id}/boards`, {
      token: ws.tokens.member,
    })
    expect(list.body.boards.find((board) => board.id === remapped.body.id)).toMatchObject({
      title: 'Renewal Q2',
      previousBoard: q1.id,
      noteCount: 0,
    })
    const other = await createWorkspace(server.url)
    expect((await call(server.url, path, { token: other.tokens.member, body: {} })).status).toBe(403)
    expect(
      (
        await call(server.url, `/workspaces/${ws.id}/boards/nope/remap`, {
          token: ws.tokens.member,
          body: {},
        })
      ).status,
    ).toBe(404)
  })
})
