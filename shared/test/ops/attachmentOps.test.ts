import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MAX_ATTACHMENTS_PER_TARGET } from '../../src/limits.ts'
import { type AddAttachmentArgs, addAttachment } from '../../src/ops/addAttachment.ts'
import { addNote } from '../../src/ops/addNote.ts'
import { OpError } from '../../src/ops/OpError.ts'
import { removeAttachment } from '../../src/ops/removeAttachment.ts'
import { evidenceOn } from '../../src/schema/evidence.ts'
import { attachmentsOf } from '../../src/schema/root.ts'
import { at, testBoard } from '../testBoard.ts'

const hash = (seed: number) => seed.toString(16).padStart(64, '0')

describe('attachments', () => {
  const board = () => {
    const b = testBoard()
    const noteId = addNote(
      b.doc,
      { stageId: at(b.stageIds, 0), laneId: at(b.laneIds, 0), author: 'a', now: 1 },
      b.origin,
    )
    const file = (seed: number, more: Partial<AddAttachmentArgs> = {}): AddAttachmentArgs => ({
      targetKind: 'note',
      targetId: noteId,
      hash: hash(seed),
      name: `shot-${seed}.png`,
      type: 'image/png',
      size: 100 + seed,
      author: 'ann',
      now: 10 + seed,
      ...more,
    })
    return { ...b, noteId, file }
  }

  it('refers to files by hash on a note, keeps concurrent additions, and removes the reference', () => {
    const b = board()
    const first = addAttachment(b.doc, b.file(1), b.origin)
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(b.doc))
    addAttachment(b.doc, b.file(2), b.origin)
    addAttachment(other, b.file(3), b.origin)
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(other))
    expect(evidenceOn(b.view().attachments, 'note', b.noteId).map((file) => file.hash)).toEqual([
      hash(1),
      hash(2),
      hash(3),
    ])
    removeAttachment(b.doc, { attachmentId: first }, b.origin)
    expect(b.view().attachments.map((file) => file.name)).toEqual(['shot-2.png', 'shot-3.png'])
  })

  it('refuses malformed references, unknown types and targets, and too many files', () => {
    const b = board()
    expect(() => addAttachment(b.doc, b.file(1, { hash: 'ABC' }), b.origin)).toThrow(OpError)
    expect(() => addAttachment(b.doc, b.file(1, { type: 'image/svg+xml' as 'image/png' }), b.origin)).toThrow(
      /unknown file type/,
    )
    expect(() => addAttachment(b.doc, b.file(1, { size: -1 }), b.origin)).toThrow(OpError)
    expect(() => addAttachment(b.doc, b.file(1, { targetId: 'gone' }), b.origin)).toThrow(/does not exist/)
    for (let i = 0; i < MAX_ATTACHMENTS_PER_TARGET; i++) addAttachment(b.doc, b.file(i), b.origin)
    expect(() => addAttachment(b.doc, b.file(99), b.origin)).toThrow(`at most ${MAX_ATTACHMENTS_PER_TARGET}`)
  })

  it('reads a stored reference with a malformed hash as none, and an unknown type as a download', () => {
    const b = board()
    const stored = (fields: Record<string, unknown>) => {
      const map = new Y.Map<unknown>()
      b.doc.transact(() => {
        attachmentsOf(b.doc).set(String(fields.hash), map)
        for (const [key, value] of Object.entries(fields)) map.set(key, value)
      })
    }
    stored({ hash: '../../etc/passwd', targetId: b.noteId, type: 'image/png' })
    stored({ hash: hash(5), targetId: b.noteId, type: 'text/html', name: 'x.html' })
    expect(b.view().attachments.map(({ hash, type }) => ({ hash, type }))).toEqual([
      { hash: hash(5), type: 'text/plain' },
    ])
  })
})
