import type * as Y from 'yjs'
import { EVIDENCE_TARGETS, type Evidence, type EvidenceTarget, evidenceOn } from '../schema/evidence.ts'
import { OpError } from './OpError.ts'
import { requireTarget } from './requireTarget.ts'
import { requireOneOf } from './validate.ts'

/** The note or stage a link or attachment goes on: it must exist and have room for one more. */
export function requireEvidenceTarget(
  doc: Y.Doc,
  kind: EvidenceTarget,
  targetId: string,
  what: { name: 'link' | 'attachment'; existing: readonly Evidence[]; max: number },
): EvidenceTarget {
  const targetKind = requireOneOf(kind, `${what.name} target`, EVIDENCE_TARGETS)
  requireTarget(doc, targetKind, targetId)
  if (evidenceOn(what.existing, targetKind, targetId).length >= what.max)
    throw new OpError('invalid', `a ${targetKind} has at most ${what.max} ${what.name}s`)
  return targetKind
}
