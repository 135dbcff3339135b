import { api } from '../api/apiClient.ts'
import { boardIdIn } from '../pagePaths.ts'
import { savedParticipantToken } from '../session/participantTokens.ts'
import { createLocalDatabase, hasLocalCopy } from './localCopy.ts'

/** How long the server may take to start answering before the board is left to the socket. */
const ANSWER_TIMEOUT_MS = 30_000

let early: { boardId: string; token: string; state: Promise<Uint8Array | null> } | null = null

/**
 * `GET /api/boards/:id/state`, the board as one Yjs update (gzipped on the wire, about a fifth of
 * what the socket would carry); null when it cannot be had (offline, refused, no answer), and the
 * socket then brings the board as usual.
 */
function fetchBoardState(boardId: string, token: string): Promise<Uint8Array | null> {
  performance.mark('jm:state-requested')
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), ANSWER_TIMEOUT_MS)
  return api
    .boardState(boardId, token, abort.signal)
    .then(async (response) => {
      performance.mark('jm:state-answered')
      // Answered in time: the body may take as long as it needs.
      clearTimeout(timer)
      return new Uint8Array(await response.arrayBuffer())
    })
    .catch(() => null)
}

/**
 * Run before the app's modules are evaluated: on the page of a board this browser has joined but
 * keeps no copy of, the board's state is requested at once, while the app's script still loads and
 * starts, instead of once the board's view has opened; and the database for its copy is created.
 */
export function prefetchBoardState(): void {
  const boardId = boardIdIn(location.pathname)
  const token = boardId ? savedParticipantToken(boardId) : null
  if (!boardId || !token || hasLocalCopy(boardId)) return
  early = { boardId, token, state: fetchBoardState(boardId, token) }
  createLocalDatabase(boardId)
}

/** The board's state for a board without a local copy: the early request if it asked for the same. */
export function boardState(boardId: string, token: string): Promise<Uint8Array | null> {
  const prefetched = early
  early = null
  if (prefetched?.boardId === boardId && prefetched.token === token) return prefetched.state
  return fetchBoardState(boardId, token)
}
