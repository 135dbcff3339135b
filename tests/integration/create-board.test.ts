import { readBoard } from '@jm/shared'
import { describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'

describe('POST /api/boards', () => {
  const server = useInProcessServer()

  it('creates the map for a persona and segment when given', async () => {
    const board = await createBoard(server.url, {
      title: 'Renewal journey',
      mapType: 'currentState',
      persona: { name: '  Li Wei ', role: 'decisionMaker', jobTitle: 'CIO' },
      segment: 'Mid-size manufacturers',
    })
    const reader = server.connect(board.id, board.tokens.viewer)
    await reader.synced
    const view = readBoard(reader.doc)
    expect(view.personas.map(({ name, role, jobTitle }) => ({ name, role, jobTitle }))).toEqual([
      { name: 'Li Wei', role: 'decisionMaker', jobTitle: 'CIO' },
    ])
    expect(view.maps[0]).toMatchObject({ personaId: view.personas[0]?.id, segment: 'Mid-size manufacturers' })
  })

  it('refuses a persona without a name or with an unknown role, and creates nothing', async () => {
    for (const persona of [{ name: ' ' }, { name: 'Li Wei', role: 'boss' }]) {
      const response = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'refused-board', persona }),
      })
      expect(response.status).toBe(400)
      expect(((await response.json()) as { error: string }).error).toMatch(/persona/)
    }
    // The id is still free.
    expect((await createBoard(server.url, { id: 'refused-board' })).id).toBe('refused-board')
  })
})
