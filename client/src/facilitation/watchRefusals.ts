import { AuthSubtype, type BoardView, parseRefusedChanges, type RefusedChanges } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import { onCleanup } from 'solid-js'
import type { FacilitationMessages } from '../i18n/facilitationMessages.ts'
import type { RoomConnection } from '../sync/openRoom.ts'

/**
 * Tells the person what the relay did not keep. The client checks locks before it writes, so a
 * locked change reaches the server only in a race (the facilitator locked while this person was
 * editing or offline); the relay then keeps the rest of the update and undoes just that part, which
 * arrives here as an ordinary change, and says what it undid. A read-only link whose copy holds
 * changes (made earlier with an editor link) is told they are not saved.
 */
export function watchRefusals(
  connection: RoomConnection,
  board: BoardView,
  texts: () => FacilitationMessages,
  tell: (message: string) => void,
): void {
  const onAuth = (subtype: number, payload: Uint8Array) => {
    if (subtype === AuthSubtype.permissionDenied) tell(texts().readOnlyWrite)
    if (subtype !== AuthSubtype.refused) return
    const refused = parseRefusedChanges(decoding.readVarString(decoding.createDecoder(payload)))
    if (refused) tell(describeRefusal(refused, board, texts()))
  }
  connection.provider.on('auth', onAuth)
  onCleanup(() => connection.provider.off('auth', onAuth))
}

export function describeRefusal(
  refused: RefusedChanges,
  board: BoardView,
  texts: FacilitationMessages,
): string {
  if (refused.cause === 'lane-closed') return texts.refusedLane(refused.items.length)
  const { refusedParts: parts } = texts
  const named = refused.items.map(({ kind, id }) => {
    if (kind === 'stage') {
      const name = board.stages.find((stage) => stage.id === id)?.name
      return name ? parts.stage(name) : parts.map
    }
    if (kind === 'lane') {
      const name = board.lanes.find((lane) => lane.id === id)?.name
      return name ? parts.lane(name) : parts.map
    }
    return kind === 'note' ? parts.map : parts[kind]
  })
  return texts.refusedStructure(parts.join([...new Set(named)]))
}
