import type * as Y from 'yjs'
import { MAX_FIELD_LENGTH, MAX_NAME_LENGTH } from '../limits.ts'
import { MAP_TYPES, MapKeys, type MapType } from '../schema/map.ts'
import { requireLiveItem, requireMap, STAGE_ITEMS } from './mapItems.ts'
import { OpError } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requirePersonaOrNone } from './personaRef.ts'
import { requireOneOf, requireText } from './validate.ts'

export interface SetMapFieldsArgs {
  mapId: string
  /** Changing the type keeps the lanes; `addLane` adds the ones the new type's preset suggests. */
  type?: MapType
  title?: string
  /** A persona id, or '' for none. */
  personaId?: string
  segment?: string
  /** A live stage of this map, or '' for its first stage. */
  loopRestartStageId?: string
}

export function setMapFields(doc: Y.Doc, args: SetMapFieldsArgs, origin: TransactionOrigin): void {
  const map = requireMap(doc, args.mapId)
  const changes: Array<[string, string]> = []
  if (args.type !== undefined) changes.push([MapKeys.type, requireOneOf(args.type, 'map type', MAP_TYPES)])
  if (args.title !== undefined)
    changes.push([MapKeys.title, requireText(args.title, 'map title', MAX_NAME_LENGTH)])
  if (args.personaId !== undefined)
    changes.push([MapKeys.personaId, requirePersonaOrNone(doc, args.personaId)])
  if (args.segment !== undefined)
    changes.push([MapKeys.segment, requireText(args.segment, 'segment', MAX_FIELD_LENGTH)])
  if (args.loopRestartStageId !== undefined)
    changes.push([
      MapKeys.loopRestartStageId,
      requireStageOfMapOrNone(doc, args.mapId, args.loopRestartStageId),
    ])
  doc.transact(() => {
    for (const [key, value] of changes) map.set(key, value)
  }, origin)
}

function requireStageOfMapOrNone(doc: Y.Doc, mapId: string, stageId: string): string {
  if (stageId === '') return ''
  if (requireLiveItem(doc, STAGE_ITEMS, stageId).mapId !== mapId)
    throw new OpError('invalid', `stage ${stageId} is not in map ${mapId}`)
  return stageId
}
