import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_NOTE_TEXT } from '../limits.ts'
import { addNote } from '../ops/addNote.ts'
import { OpError } from '../ops/OpError.ts'
import type { TransactionOrigin } from '../ops/origin.ts'
import { orderKeyBetween } from '../order/orderKey.ts'
import { createNoteEntity, type Note, readNote } from '../schema/note.ts'
import { entityIn, entriesOf, lanesOf, notesOf, stagesOf } from '../schema/root.ts'

/**
 * Private brainstorming: a participant's new notes go to their private room
 * (`<board>.private.<participant>`), which nobody else can open. The private document holds only
 * `notes`, in the board's note format; on the reveal the server copies them into the board
 * (same ids) and empties the private room.
 */
export function addPrivateNote(
  privateDoc: Y.Doc,
  args: { stageId: string; laneId: string; author: string; now: number; text?: string; id?: string },
  origin: TransactionOrigin,
): string {
  const text = args.text ?? ''
  if (text.length > MAX_NOTE_TEXT)
    throw new OpError('invalid', `note text is over ${MAX_NOTE_TEXT} characters`)
  const id = args.id ?? newId()
  privateDoc.transact(() => {
    notesOf(privateDoc).set(
      id,
      createNoteEntity({
        id,
        stageId: args.stageId,
        laneId: args.laneId,
        order: orderKeyBetween(null, null),
        text,
        color: 'yellow',
        author: args.author,
        tags: [],
        emotion: null,
        createdAt: args.now,
        updatedAt: args.now,
      }),
    )
  }, origin)
  return id
}

export function readPrivateNotes(privateDoc: Y.Doc): Note[] {
  return entriesOf(notesOf(privateDoc)).map(([id, map]) => readNote(id, map))
}

/** Server: adds the private notes to the board; notes whose cell is gone stay private. */
export function publishPrivateNotes(
  contentDoc: Y.Doc,
  notes: readonly Note[],
  args: { now: number },
  origin: TransactionOrigin,
): string[] {
  const published: string[] = []
  contentDoc.transact(() => {
    for (const note of notes) {
      if (entityIn(notesOf(contentDoc), note.id)) {
        published.push(note.id)
        continue
      }
      if (!entityIn(stagesOf(contentDoc), note.stageId) || !entityIn(lanesOf(contentDoc), note.laneId))
        continue
      addNote(
        contentDoc,
        {
          id: note.id,
          stageId: note.stageId,
          laneId: note.laneId,
          author: note.author,
          now: args.now,
          text: note.text.slice(0, MAX_NOTE_TEXT),
          color: note.color,
        },
        origin,
      )
      published.push(note.id)
    }
  }, origin)
  return published
}

export function removePrivateNotes(
  privateDoc: Y.Doc,
  ids: readonly string[],
  origin: TransactionOrigin,
): void {
  privateDoc.transact(() => {
    for (const id of ids) notesOf(privateDoc).delete(id)
  }, origin)
}
