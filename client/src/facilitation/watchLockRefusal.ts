import { CloseCodes } from '@jm/shared'
import { onCleanup, onMount } from 'solid-js'
import type { BoardConnection } from '../sync/openBoard.ts'

const ROLLED_BACK_KEY = 'jm-lock-rolled-back'

/**
 * How a refused locked change is rolled back. The client checks locks before it writes, so this
 * only happens in a race (the facilitator locked while this person was editing or offline). The
 * server then stored nothing of the update and closed the socket with 4423, which the stock
 * provider treats as permanent, so there is no reconnect loop. The local copy still holds the
 * refused change and every later change of this client id would depend on it, so it cannot be
 * kept: the IndexedDB copy is dropped and the page reloads from the server's state, then says
 * what happened.
 */
export function watchLockRefusal(connection: BoardConnection, boardId: string, tell: () => void): void {
  const onClosed = (event: { code: number }) => {
    if (event.code !== CloseCodes.Locked.code) return
    sessionStorage.setItem(ROLLED_BACK_KEY, boardId)
    void connection.clearLocalCopy().finally(() => location.reload())
  }
  connection.provider.on('closed', onClosed)
  onCleanup(() => connection.provider.off('closed', onClosed))
  onMount(() => {
    if (sessionStorage.getItem(ROLLED_BACK_KEY) !== boardId) return
    sessionStorage.removeItem(ROLLED_BACK_KEY)
    tell()
  })
}
