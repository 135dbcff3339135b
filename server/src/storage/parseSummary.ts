import { MAP_TYPES } from '@jm/shared'
import { DigestedAction } from '@jm/shared/api'
import { type BoardSummaryFields, WORKSPACE_ROLES, type WorkspaceRole } from '@jm/shared/workspaces'
import * as v from 'valibot'

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
  openActions: 0,
  actions: [],
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
    openActions: count('openActions'),
    actions: readActions(r.actions),
  }
}

/** Each action checked on its own: one damaged entry does not hide the others. */
function readActions(value: unknown): DigestedAction[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item) => {
    const parsed = v.safeParse(DigestedAction, item)
    return parsed.success ? [parsed.output] : []
  })
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
