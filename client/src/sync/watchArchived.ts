import { AuthSubtype, CloseCodes } from '@jm/shared'
import { type Accessor, createSignal, onCleanup } from 'solid-js'
import type { RoomConnection } from './openRoom.ts'

/**
 * Whether the relay said the board is archived: read-only for every role until it is restored.
 * The relay tells each socket as it joins or when the board is archived; restoring closes the
 * sockets with 4509 and they reconnect writable. So the flag holds until that close, through other
 * disconnections too: an edit made offline on an archived board would not be kept.
 */
export function watchArchived(connection: RoomConnection): Accessor<boolean> {
  const [archived, setArchived] = createSignal(false)
  const onAuth = (subtype: number) => {
    if (subtype === AuthSubtype.archived) setArchived(true)
  }
  const onClose = (event: CloseEvent | null) => {
    if (event?.code === CloseCodes.Restored.code) setArchived(false)
  }
  connection.provider.on('auth', onAuth)
  connection.provider.on('connection-close', onClose)
  onCleanup(() => {
    connection.provider.off('auth', onAuth)
    connection.provider.off('connection-close', onClose)
  })
  return archived
}
