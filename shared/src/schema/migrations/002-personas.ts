import * as Y from 'yjs'
import { orderKeyBetween } from '../../order/orderKey.ts'
import { MapKeys } from '../map.ts'
import { createPersonaEntity } from '../persona.ts'
import { readString } from '../read.ts'
import { entriesOf, mapsOf, personasOf, stagesOf } from '../root.ts'
import { StageKeys } from '../stage.ts'
import type { Migration } from './Migration.ts'

/** The persona entity made from a version-1 map's persona text; derived from the map id (see Migration.up). */
export const migratedPersonaId = (mapId: string): string => `${mapId}-persona`

/**
 * Version 2: a map's free-text `persona` becomes a persona entity the map points to (so notes
 * can name personas too), and every stage gets its KPI and deliverable collections.
 */
export const personas: Migration = {
  id: '002-personas',
  version: 2,
  up(doc) {
    let order: string | null = null
    for (const [mapId, map] of entriesOf(mapsOf(doc))) {
      const text = readString(map, MapKeys.persona).trim()
      if (text && !readString(map, MapKeys.personaId)) {
        const id = migratedPersonaId(mapId)
        order = orderKeyBetween(order, null)
        if (!personasOf(doc).has(id)) personasOf(doc).set(id, createPersonaEntity({ id, order, name: text }))
        map.set(MapKeys.personaId, id)
      }
      if (map.has(MapKeys.persona)) map.delete(MapKeys.persona)
      if (!map.has(MapKeys.segment)) map.set(MapKeys.segment, '')
    }
    for (const [, stage] of entriesOf(stagesOf(doc))) {
      for (const key of [StageKeys.kpis, StageKeys.deliverables]) {
        if (!(stage.get(key) instanceof Y.Map)) stage.set(key, new Y.Map())
      }
    }
  },
}
