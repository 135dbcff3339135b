import { addNote, LocalOrigin, lanesOf, stagesOf } from '@jm/shared'
import { initBoard } from '@jm/shared/templates'
import * as Y from 'yjs'

const ORIGIN = new LocalOrigin('bench')
/** addNote reads every note of the board to order the new one, so one document never gets more than this. */
const NOTES_PER_SESSION = 50
/** Largest preload message: under every server's message cap (ours: 16 MiB by default). */
const BATCH_BYTES = 1024 * 1024

/** A board as POST /api/boards seeds it: the default template, nothing else. */
export function seedBoardUpdate(): Uint8Array {
  const doc = new Y.Doc()
  initBoard(doc, { title: '', locale: 'en', now: Date.now() }, ORIGIN)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/**
 * A board with `notes` notes spread over its cells, built with the shared model's operations. Notes
 * are added in sessions of NOTES_PER_SESSION on copies of one base board (as if many people had added
 * them), since a single document pays a cost linear in the board for every addNote. Returned as
 * updates of at most about BATCH_BYTES each; applied in order they give the whole board.
 */
export function boardWithNotes(notes: number): Uint8Array[] {
  const base = new Y.Doc()
  initBoard(base, { title: 'bench', locale: 'en', now: 1 }, ORIGIN)
  const baseUpdate = Y.encodeStateAsUpdate(base)
  const cells = [...stagesOf(base).keys()].flatMap((stageId) =>
    [...lanesOf(base).keys()].map((laneId) => ({ stageId, laneId })),
  )
  base.destroy()
  const batches: Uint8Array[] = [baseUpdate]
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  for (let added = 0; added < notes; added += NOTES_PER_SESSION) {
    const session = new Y.Doc()
    Y.applyUpdate(session, baseUpdate)
    const before = Y.encodeStateVector(session)
    for (let i = added; i < Math.min(notes, added + NOTES_PER_SESSION); i++) {
      const cell = cells[i % cells.length] as { stageId: string; laneId: string }
      addNote(session, { ...cell, author: 'bench', now: 1, text: `Note ${i}: a customer pain point` }, ORIGIN)
    }
    const update = Y.encodeStateAsUpdate(session, before)
    session.destroy()
    pending.push(update)
    pendingBytes += update.byteLength
    if (pendingBytes >= BATCH_BYTES) {
      batches.push(Y.mergeUpdates(pending))
      pending = []
      pendingBytes = 0
    }
  }
  if (pending.length > 0) batches.push(Y.mergeUpdates(pending))
  return batches
}
