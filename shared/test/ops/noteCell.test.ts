import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNote } from '../../src/ops/addNote.ts'
import { deleteNote } from '../../src/ops/deleteNote.ts'
import { deleteStage } from '../../src/ops/deleteStage.ts'
import { moveNote } from '../../src/ops/moveNote.ts'
import { cellNotes, cellSiblings } from '../../src/ops/noteCell.ts'
import { LocalOrigin } from '../../src/ops/origin.ts'
import { restoreStage } from '../../src/ops/restoreStage.ts'
import { at, testBoard } from '../testBoard.ts'

/** A lookup as the operations make it: inside a transaction (the open one, when there is one). */
const siblingsIn = (doc: Y.Doc, stageId: string, laneId: string) =>
  doc.transact((transaction) => cellSiblings(doc, transaction, stageId, laneId))

describe('cell lookups through the note cell index', () => {
  it('match a full scan after local, remote, redirected and deleted changes, in a transaction or not', () => {
    const step = fc.record({
      kind: fc.constantFrom('add', 'move', 'delete', 'deleteStage', 'restoreStage', 'remoteAdd'),
      a: fc.nat(),
      b: fc.nat(),
      c: fc.nat(),
    })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.boolean(), (steps, oneTransaction) => {
        const board = testBoard()
        const remote = new Y.Doc()
        Y.applyUpdate(remote, Y.encodeStateAsUpdate(board.doc))
        const { doc, origin, stageIds, laneIds } = board
        const deleted: string[] = []
        const expectScanned = () => {
          const view = board.view()
          for (const stage of view.stages) {
            for (const lane of view.lanes) {
              const scanned = cellNotes(doc, (n) => n.stageId === stage.id && n.laneId === lane.id)
              expect(siblingsIn(doc, stage.id, lane.id)).toEqual(scanned)
            }
          }
        }
        const run = () => {
          for (const s of steps) {
            const live = board.view()
            const stage = at(stageIds, s.a % stageIds.length)
            const lane = at(laneIds, s.b % laneIds.length)
            const note = live.notes[s.c % Math.max(1, live.notes.length)]?.id
            try {
              if (s.kind === 'add')
                addNote(doc, { stageId: stage, laneId: lane, author: 'a', now: 1, index: s.c % 3 }, origin)
              if (s.kind === 'move' && note)
                moveNote(doc, { noteId: note, stageId: stage, laneId: lane, index: s.c % 3, now: 1 }, origin)
              if (s.kind === 'delete' && note) deleteNote(doc, { noteId: note }, origin)
              if (s.kind === 'deleteStage') {
                deleteStage(doc, { stageId: stage, now: 1 }, origin)
                deleted.push(stage)
              }
              if (s.kind === 'restoreStage' && deleted.length)
                restoreStage(doc, { stageId: deleted.pop() as string }, origin)
              if (s.kind === 'remoteAdd') {
                Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc))
                addNote(remote, { stageId: stage, laneId: lane, author: 'r', now: 1 }, new LocalOrigin('r'))
                Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote))
              }
            } catch {
              // refusals (deleted stage, last stage) leave the document as it was
            }
            // Several moves in one transaction (a dragged selection) each see the ones before.
            if (oneTransaction) expectScanned()
          }
        }
        // The index is built before the changes, so it has to follow them.
        siblingsIn(doc, at(stageIds, 0), at(laneIds, 0))
        if (oneTransaction) doc.transact(run, origin)
        else run()
        expectScanned()
      }),
      { numRuns: 30 },
    )
  })

  it('see notes added earlier in the same open transaction', () => {
    const { doc, origin, stageIds, laneIds } = testBoard()
    const cell = { stageId: at(stageIds, 0), laneId: at(laneIds, 0), author: 'a', now: 1 }
    siblingsIn(doc, cell.stageId, cell.laneId) // builds the index
    let first = ''
    let second = ''
    doc.transact(() => {
      first = addNote(doc, { ...cell, text: 'first' }, origin)
      second = addNote(doc, { ...cell, text: 'second' }, origin)
    }, origin)
    const placed = siblingsIn(doc, cell.stageId, cell.laneId)
    expect(placed.map((n) => n.id)).toEqual([first, second])
    expect(at(placed, 0).order < at(placed, 1).order).toBe(true)
  })

  it('follow a transaction the index was first built in, and moves made in it after that', () => {
    const { doc, origin, stageIds, laneIds } = testBoard()
    const from = { stageId: at(stageIds, 0), laneId: at(laneIds, 0) }
    const to = { stageId: at(stageIds, 1), laneId: at(laneIds, 1) }
    const ids = [1, 2, 3].map((n) => addNote(doc, { ...from, author: 'a', now: n, text: `${n}` }, origin))
    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc))
    // A dragged selection moved before anything built the index of this (fresh) document.
    fresh.transact(() => {
      for (const [index, noteId] of ids.entries()) moveNote(fresh, { noteId, ...to, index, now: 9 }, origin)
      expect(siblingsIn(fresh, from.stageId, from.laneId)).toEqual([])
      expect(siblingsIn(fresh, to.stageId, to.laneId).map((n) => n.id)).toEqual(ids)
    }, origin)
    expect(siblingsIn(fresh, to.stageId, to.laneId).map((n) => n.id)).toEqual(ids)
  })
})
