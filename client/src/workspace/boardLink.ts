import { readClaims } from '@jm/shared/api'
import { workspaceApi } from '../api/workspaceApi.ts'
import { recentBoards } from '../session/recentBoards.ts'

/**
 * The link that opens a workspace board on this device: the facilitator link this device kept (it
 * created the board, so it facilitates it) or else one the server gives for the workspace role
 * (members edit, owners facilitate). `note` asks the board to select that note once it shows.
 */
export async function boardLink(
  workspace: string,
  token: string,
  board: string,
  note?: string,
): Promise<string> {
  const kept = recentBoards().find((recent) => recent.id === board)?.link
  const keptToken = kept ? new URLSearchParams(kept.split('#')[1] ?? '').get('token') : null
  const link =
    kept && keptToken && readClaims(keptToken)?.role === 'facilitator'
      ? kept
      : (await workspaceApi.open(workspace, token, board)).link
  return note ? `${link}&note=${encodeURIComponent(note)}` : link
}
