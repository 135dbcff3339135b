import { MAP_TYPES } from '@jm/shared'
import { type BoardSummaryFields, WORKSPACE_ROLES, type WorkspaceRole } from '@jm/shared/workspaces'

const EMPTY: BoardSummaryFields = {
  title: '',
  mapType: '',
  template: '',
  locale: 'en',
  persona: '',
  segment: '',
  noteCount: 0,
  openPainPoints: 0,
  ownerDepartments: [],
}

/** A stored summary (JSON) read defensively: a damaged or older row shows defaults, never throws. */
export function parseSummary(value: unknown): BoardSummaryFields {
  let raw: unknown = value
  if (typeof value === 'string') {
    try {
      raw = JSON.parse(value)
    } catch {
      return { ...EMPTY }
    }
  }
  if (!raw || typeof raw !== 'object') return { ...EMPTY }
  const r = raw as Record<string, unknown>
  const text = (key: keyof BoardSummaryFields) => (typeof r[key] === 'string' ? (r[key] as string) : '')
  const count = (key: keyof BoardSummaryFields) => (typeof r[key] === 'number' ? (r[key] as number) : 0)
  const mapType = MAP_TYPES.find((type) => type === r.mapType) ?? ''
  return {
    title: text('title'),
    mapType,
    template: text('template'),
    locale: text('locale') || 'en',
    persona: text('persona'),
    segment: text('segment'),
    noteCount: count('noteCount'),
    openPainPoints: count('openPainPoints'),
    ownerDepartments: Array.isArray(r.ownerDepartments)
      ? r.ownerDepartments.filter((d): d is string => typeof d === 'string')
      : [],
  }
}

export function parseWorkspaceLinkGen(value: unknown): Record<WorkspaceRole, number> {
  const gen: Record<WorkspaceRole, number> = { owner: 0, member: 0 }
  let raw: unknown = value
  if (typeof value === 'string') {
    try {
      raw = JSON.parse(value)
    } catch {
      return gen
    }
  }
  if (raw && typeof raw === 'object')
    for (const role of WORKSPACE_ROLES) {
      const count = (raw as Record<string, unknown>)[role]
      if (typeof count === 'number') gen[role] = count
    }
  return gen
}
