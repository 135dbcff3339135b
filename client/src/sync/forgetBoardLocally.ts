import { forgetSeen } from '../session/lastVisit.ts'
import { forgetParticipantToken } from '../session/participantTokens.ts'
import { forgetBoard } from '../session/recentBoards.ts'
import { forgetCachedAttachments } from './attachmentCache.ts'
import { localDatabasesOf, unmarkLocalCopiesOf } from './localCopy.ts'

/**
 * Removes everything this browser keeps of a board: the copies of all its rooms, their marks, the
 * participant token, the recent-boards entry, what the person last saw of it and its cached files. Used once the board
 * is gone from the server, by the device that deleted it and by one that chose to forget its copy.
 */
export async function forgetBoardLocally(boardId: string): Promise<void> {
  forgetParticipantToken(boardId)
  forgetBoard(boardId)
  unmarkLocalCopiesOf(boardId)
  const databases = await localDatabasesOf(boardId)
  await Promise.all([...databases.map(deleteDatabase), forgetSeen(boardId), forgetCachedAttachments(boardId)])
}

/**
 * Settles once the database is gone; LocalStore closes its connections when asked to, so rooms still
 * open on this page or in another tab block it only briefly. One that cannot be deleted is left
 * behind rather than keeping the person on a board that no longer exists.
 */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => resolve()
  })
}
