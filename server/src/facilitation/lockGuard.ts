import { entityIn, type Locks, notesOf, readNote } from '@jm/shared'
import type * as Y from 'yjs'
import { updateWrites } from './updatePaths.ts'

/** Root collections that make up the map skeleton: board title, maps (title, persona), stages, lanes. */
const SKELETON_ROOTS = new Set(['meta', 'maps', 'stages', 'lanes', 'personas'])

/**
 * Why an editor's update breaks the facilitator's locks, or null when it does not. Checked before
 * the update is applied; a refused update is neither stored nor sent to anyone.
 */
export function lockViolation(doc: Y.Doc, update: Uint8Array, locks: Locks): string | null {
  if (!locks.skeleton && locks.addLaneIds === null) return null
  const allowed = locks.addLaneIds ? new Set(locks.addLaneIds) : null
  for (const write of updateWrites(doc, update)) {
    const [root, entityId, field] = write.path
    if (locks.skeleton && root !== undefined && SKELETON_ROOTS.has(root))
      return 'the map structure (stages, lanes, persona, titles) is locked by the facilitator'
    if (allowed && root === 'notes' && entityId && field === 'laneId' && write.kind === 'insert') {
      const lane = write.value
      if (typeof lane !== 'string' || allowed.has(lane)) continue
      const existing = entityIn(notesOf(doc), entityId)
      // Reordering a note inside its own lane keeps the lane; only a new placement is refused.
      if (existing && readNote(entityId, existing).laneId === lane) continue
      return 'the facilitator closed that lane for new notes'
    }
  }
  return null
}
