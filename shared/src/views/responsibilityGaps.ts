import type { Action } from '../schema/action.ts'
import type { Stage } from '../schema/stage.ts'

/**
 * A gap in a map's responsibility matrix (seed 002: every stage has an owning department, and the
 * handover between two departments is agreed like an SLA):
 * - `stage-without-owner`: nobody owns the stage;
 * - `handoff-without-receiver`: the stage hands over, but the next stage has no owner to receive it;
 * - `handoff-undescribed`: ownership changes to the next stage's department with no handover written;
 * - `owner-without-actions`: a department owns stages but no open action is its.
 */
export type ResponsibilityGap =
  | { kind: 'stage-without-owner'; stageId: string }
  | { kind: 'handoff-without-receiver'; stageId: string }
  | { kind: 'handoff-undescribed'; stageId: string; from: string; to: string }
  | { kind: 'owner-without-actions'; owner: string }

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** The gaps of one map, its stages in display order. */
export function responsibilityGaps(
  stages: readonly Stage[],
  actions: readonly Pick<Action, 'owner' | 'status'>[],
): ResponsibilityGap[] {
  const gaps: ResponsibilityGap[] = []
  stages.forEach((stage, index) => {
    const owner = stage.ownerDepartment.trim()
    const next = stages[index + 1]
    const nextOwner = next?.ownerDepartment.trim() ?? ''
    if (!owner) gaps.push({ kind: 'stage-without-owner', stageId: stage.id })
    if (!next) return
    if (stage.handoff.trim() && !nextOwner) gaps.push({ kind: 'handoff-without-receiver', stageId: stage.id })
    if (owner && nextOwner && !sameName(owner, nextOwner) && !stage.handoff.trim())
      gaps.push({ kind: 'handoff-undescribed', stageId: stage.id, from: owner, to: nextOwner })
  })
  const open = actions.filter((action) => action.status !== 'done' && action.status !== 'dropped')
  const owners = new Map<string, string>()
  for (const stage of stages) {
    const owner = stage.ownerDepartment.trim()
    if (owner && !owners.has(owner.toLowerCase())) owners.set(owner.toLowerCase(), owner)
  }
  for (const owner of owners.values())
    if (!open.some((action) => sameName(action.owner, owner)))
      gaps.push({ kind: 'owner-without-actions', owner })
  return gaps
}
