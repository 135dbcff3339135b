import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { changesDocument, loadFixture } from '../../../test/fixtures.ts'
import { createLaneEntity } from '../lane.ts'
import { readBoard } from '../readBoard.ts'
import { entriesOf, lanesOf } from '../root.ts'
import { blueprintLines } from './003-blueprint-lines.ts'

const rawKind = (doc: Y.Doc, id: string) => lanesOf(doc).get(id)?.get('kind')
const lineLanes = (doc: Y.Doc) =>
  entriesOf(lanesOf(doc)).filter(([, lane]) => lane.get('kind') === 'lineOfVisibility')

describe('migration 003-blueprint-lines', () => {
  it('keeps a line lane that holds notes as a named custom lane, and retires an empty one', () => {
    const doc = loadFixture(2)
    const [withNotes] = lineLanes(doc)
    if (!withNotes) throw new Error('fixture has no line of visibility lane')
    const mapId = String(withNotes[1].get('mapId'))
    // A second, empty line lane right after the first.
    lanesOf(doc).set(
      'empty-line',
      createLaneEntity({
        id: 'empty-line',
        mapId,
        order: `${withNotes[1].get('order')}V`,
        kind: 'custom',
        name: '',
      }),
    )
    lanesOf(doc).get('empty-line')?.set('kind', 'lineOfVisibility')
    const notesBefore = readBoard(doc).notes.map(({ id, laneId }) => [id, laneId])
    expect(changesDocument(doc, () => blueprintLines.up(doc))).toBe(true)

    expect(rawKind(doc, withNotes[0])).toBe('custom')
    const board = readBoard(doc)
    expect(board.lanes.find((lane) => lane.id === withNotes[0])?.name).toBe('可视线')
    // The empty one is gone from the map, pointing at the lane above it.
    expect(board.lanes.some((lane) => lane.id === 'empty-line')).toBe(false)
    expect(lanesOf(doc).get('empty-line')?.get('redirectTo')).toBe(withNotes[0])
    expect(readBoard(doc).notes.map(({ id, laneId }) => [id, laneId])).toEqual(notesBefore)
    expect(lineLanes(doc)).toHaveLength(0)
    expect(changesDocument(doc, () => blueprintLines.up(doc))).toBe(false)
  })

  it('converges when two replicas migrate the same document at once', () => {
    const [a, b] = [loadFixture(2), loadFixture(2)]
    a.transact(() => blueprintLines.up(a))
    b.transact(() => blueprintLines.up(b))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(readBoard(a)).toEqual(readBoard(b))
  })
})
