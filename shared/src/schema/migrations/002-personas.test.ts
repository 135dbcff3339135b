import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { changesDocument, loadFixture } from '../../../test/fixtures.ts'
import { readMap } from '../map.ts'
import { readBoard } from '../readBoard.ts'
import { entriesOf, mapsOf, personasOf, stagesOf } from '../root.ts'
import { migratedPersonaId, personas } from './002-personas.ts'

describe('migration 002-personas', () => {
  it("turns a version-1 map's persona text into a persona entity and adds stage collections", () => {
    const doc = loadFixture(1)
    const [mapId, map] = entriesOf(mapsOf(doc))[0] ?? []
    if (!mapId || !map) throw new Error('fixture has no map')
    expect(map.get('persona')).toBe('制造企业的 IT 负责人')
    expect(changesDocument(doc, () => personas.up(doc))).toBe(true)

    expect(map.has('persona')).toBe(false)
    expect(readMap(mapId, map)).toMatchObject({ personaId: migratedPersonaId(mapId), segment: '' })
    expect(readBoard(doc).personas).toMatchObject([{ name: '制造企业的 IT 负责人', role: 'other' }])
    expect(readBoard(doc).maps[0]?.persona).toBe('制造企业的 IT 负责人')
    for (const [, stage] of entriesOf(stagesOf(doc))) {
      expect(stage.get('kpis')).toBeInstanceOf(Y.Map)
      expect(stage.get('deliverables')).toBeInstanceOf(Y.Map)
    }
    expect(changesDocument(doc, () => personas.up(doc))).toBe(false)
  })

  it('converges to one persona when two replicas migrate the same document at once', () => {
    const [a, b] = [loadFixture(1), loadFixture(1)]
    a.transact(() => personas.up(a))
    b.transact(() => personas.up(b))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(personasOf(a).size).toBe(1)
    expect(readBoard(a)).toEqual(readBoard(b))
  })
})
