import type { WorkspaceBoard } from '@jm/shared/api/workspaces'
import { describe, expect, it } from 'vitest'
import { facets, filterBoards, NO_FILTER } from './filterBoards.ts'

const DAY = 24 * 60 * 60 * 1000
const card = (id: string, fields: Partial<WorkspaceBoard>): WorkspaceBoard => ({
  id,
  title: id,
  mapType: 'currentState',
  template: 'b2b-saas',
  locale: 'en',
  persona: '',
  segment: '',
  noteCount: 0,
  openPainPoints: 0,
  ownerDepartments: [],
  openActions: 0,
  createdAt: 0,
  updatedAt: 0,
  archived: false,
  ...fields,
})

describe('the directory filters', () => {
  const now = 100 * DAY
  const boards = [
    card('a', {
      persona: 'Li Wei',
      updatedAt: now - 2 * DAY,
      openPainPoints: 1,
      ownerDepartments: ['Sales'],
    }),
    card('b', { mapType: 'futureState', persona: 'Mei', updatedAt: now - 40 * DAY, openPainPoints: 5 }),
    card('c', { template: 'onboarding', updatedAt: now - DAY, noteCount: 9 }),
  ]
  const ids = (list: WorkspaceBoard[]) => list.map((board) => board.id)

  it('keeps every board, newest first, without filters', () => {
    expect(ids(filterBoards(boards, NO_FILTER, 'updated', now))).toEqual(['c', 'a', 'b'])
  })

  it('filters by map type, persona, template, department and how recently it changed', () => {
    expect(ids(filterBoards(boards, { ...NO_FILTER, mapType: 'futureState' }, 'updated', now))).toEqual(['b'])
    expect(ids(filterBoards(boards, { ...NO_FILTER, persona: 'Li Wei' }, 'updated', now))).toEqual(['a'])
    expect(ids(filterBoards(boards, { ...NO_FILTER, template: 'onboarding' }, 'updated', now))).toEqual(['c'])
    expect(ids(filterBoards(boards, { ...NO_FILTER, department: 'Sales' }, 'updated', now))).toEqual(['a'])
    expect(ids(filterBoards(boards, { ...NO_FILTER, withinDays: 30 }, 'updated', now))).toEqual(['c', 'a'])
  })

  it('sorts by open pain points, notes or title', () => {
    expect(ids(filterBoards(boards, NO_FILTER, 'pains', now))).toEqual(['b', 'a', 'c'])
    expect(ids(filterBoards(boards, NO_FILTER, 'notes', now))[0]).toBe('c')
    expect(ids(filterBoards(boards, NO_FILTER, 'title', now))).toEqual(['a', 'b', 'c'])
  })

  it('offers the values present as choices', () => {
    expect(facets(boards)).toEqual({
      mapTypes: ['currentState', 'futureState'],
      personas: ['Li Wei', 'Mei'],
      templates: ['b2b-saas', 'onboarding'],
      departments: ['Sales'],
    })
  })
})
