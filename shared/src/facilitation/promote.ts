import type * as Y from 'yjs'
import { addNote } from '../ops/addNote.ts'
import { OpError } from '../ops/OpError.ts'
import type { TransactionOrigin } from '../ops/origin.ts'
import { NoteKeys } from '../schema/note.ts'
import { readBoard } from '../schema/readBoard.ts'
import { entityIn, notesOf } from '../schema/root.ts'

/**
 * Turns pain points into opportunity notes in the same stage, each linked to its source by
 * `linkedNoteId`. A pain point that already has a linked opportunity is skipped, so promoting twice
 * (or from two facilitators at once, after the merge) does not pile up copies from one client.
 */
export function promoteToOpportunities(
  doc: Y.Doc,
  args: { noteIds: readonly string[]; author: string; now: number },
  origin: TransactionOrigin,
): string[] {
  const board = readBoard(doc)
  const already = new Set(board.notes.flatMap((note) => (note.linkedNoteId ? [note.linkedNoteId] : [])))
  const plan = args.noteIds
    .filter((id) => !already.has(id))
    .map((id) => {
      const source = board.notes.find((note) => note.id === id)
      if (!source) throw new OpError('not-found', `note ${id} does not exist`)
      const mapId = board.lanes.find((lane) => lane.id === source.laneId)?.mapId
      const target = board.lanes.find((lane) => lane.kind === 'opportunities' && lane.mapId === mapId)
      if (!target) throw new OpError('invalid', 'this map has no opportunities lane to promote into')
      return { source, laneId: target.id }
    })
  const created: string[] = []
  doc.transact(() => {
    for (const { source, laneId } of plan) {
      const id = addNote(
        doc,
        {
          stageId: source.stageId,
          laneId,
          author: args.author,
          now: args.now,
          text: source.text,
          color: 'green',
        },
        origin,
      )
      entityIn(notesOf(doc), id)?.set(NoteKeys.linkedNoteId, source.id)
      created.push(id)
    }
  }, origin)
  return created
}
