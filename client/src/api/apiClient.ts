import type { Locale } from '@jm/shared'
import {
  BoardSummary,
  type CreateBoardBody,
  CreatedBoard,
  ErrorAnswer,
  type ExportFormat,
  type ImportIssue,
  type JoinBody,
  Joined,
  PeopleList,
  RestoredVersion,
  type SaveVersionBody,
  type Schema,
  ServerTime,
  ShareLinks,
  StoredAttachment,
  VersionList,
  VersionMeta,
  validate,
} from '@jm/shared/api'

/** A call the server refused or could not answer, with its explanation (a refused import's problems too). */
export class ApiError extends Error {
  readonly status: number
  readonly issues: readonly ImportIssue[]

  constructor(message: string, status: number, issues: readonly ImportIssue[] = []) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.issues = issues
  }
}

export interface Call {
  method?: 'POST' | 'DELETE'
  /** A board token, sent in a header: a URL would carry it into logs and history. */
  token?: string
  body?: { type: string; content: string | Blob }
  signal?: AbortSignal
}

export const json = (value: unknown) => ({ type: 'application/json', content: JSON.stringify(value) })
const boardPath = (board: string, rest = '') => `/boards/${encodeURIComponent(board)}${rest}`
const versionPath = (board: string, version: string) =>
  boardPath(board, `/versions/${encodeURIComponent(version)}`)

/**
 * The app's one `fetch` (biome refuses it elsewhere in client/src). Not ours to route here: tldraw
 * fetches its own translations and pasted images, and the Workbox service worker its precache.
 * Anything but 2xx throws.
 */
export async function send(path: string, call: Call = {}): Promise<Response> {
  const headers: Record<string, string> = {}
  if (call.token) headers.authorization = `Bearer ${call.token}`
  if (call.body) headers['content-type'] = call.body.type
  const response = await fetch(`/api${path}`, {
    method: call.method,
    headers,
    body: call.body?.content,
    signal: call.signal,
  })
  if (!response.ok) throw await refusal(response)
  return response
}

async function refusal(response: Response): Promise<ApiError> {
  const answer = validate(ErrorAnswer, await response.json().catch(() => null))
  return answer.ok
    ? new ApiError(answer.value.error, response.status, answer.value.issues)
    : new ApiError(`HTTP ${response.status}`, response.status)
}

/**
 * A JSON answer checked against its schema: a malformed one throws here, not somewhere in the UI.
 * Exported for the lazily loaded workspace calls (workspaceApi.ts), which keep their schemas out of
 * the board's first load.
 */
export async function answer<T>(schema: Schema<T>, path: string, call?: Call): Promise<T> {
  const response = await send(path, call)
  const checked = validate(schema, await response.json().catch(() => null))
  if (!checked.ok) throw new ApiError(`malformed answer from ${path}: ${checked.error}`, response.status)
  return checked.value
}

/** The server's HTTP API (its contract: @jm/shared/api). Board calls take a token of that board. */
export const api = {
  createBoard: (body: CreateBoardBody) =>
    answer(CreatedBoard, '/boards', { method: 'POST', body: json(body) }),

  /** A JSON export or a CSV (`type`); the title and language are for a CSV, which carries neither. */
  importBoard: (
    file: { type: 'application/json' | 'text/csv'; content: string },
    csv: { title: string; locale: Locale },
  ) => answer(CreatedBoard, `/boards/import?${new URLSearchParams(csv)}`, { method: 'POST', body: file }),

  boardSummary: (board: string, token: string) => answer(BoardSummary, boardPath(board), { token }),

  /** The people of the board's workspace (none for a board that stands alone). */
  boardPeople: (board: string, token: string) => answer(PeopleList, boardPath(board, '/people'), { token }),

  joinBoard: (board: string, linkToken: string, name: string) =>
    answer(Joined, boardPath(board, '/join'), {
      method: 'POST',
      token: linkToken,
      body: json({ name } satisfies JoinBody),
    }),

  shareLinks: (board: string, token: string) => answer(ShareLinks, boardPath(board, '/links'), { token }),

  deleteBoard: async (board: string, token: string): Promise<void> => {
    await send(boardPath(board), { method: 'DELETE', token })
  },

  /** The board as one Yjs update: the Response, so the caller can tell its arrival from its body's. */
  boardState: (board: string, token: string, signal: AbortSignal) =>
    send(boardPath(board, '/state'), { token, signal }),

  /** The file: the Response, whose headers name it. */
  exportBoard: (board: string, token: string, format: ExportFormat) =>
    send(boardPath(board, `/export?format=${format}`), { token }),

  /** Stores a file on the board (the server tells its type from its content); answers its hash. */
  uploadAttachment: (board: string, token: string, file: File) =>
    answer(StoredAttachment, boardPath(board, `/attachments?${new URLSearchParams({ name: file.name })}`), {
      method: 'POST',
      token,
      body: { type: 'application/octet-stream', content: file },
    }),

  /** A file of the board, fetched with the token in a header (an image's `src` would put it in the URL). */
  attachment: async (board: string, token: string, hash: string): Promise<Blob> =>
    (await send(boardPath(board, `/attachments/${hash}`), { token })).blob(),

  listVersions: (board: string, token: string) =>
    answer(VersionList, boardPath(board, '/versions'), { token }),

  saveVersion: (board: string, token: string, name: string) =>
    answer(VersionMeta, boardPath(board, '/versions'), {
      method: 'POST',
      token,
      body: json({ name } satisfies SaveVersionBody),
    }),

  /** The version's content as a Yjs update. */
  openVersion: async (board: string, token: string, version: string): Promise<Uint8Array> =>
    new Uint8Array(await (await send(versionPath(board, version), { token })).arrayBuffer()),

  restoreVersion: (board: string, token: string, version: string) =>
    answer(RestoredVersion, `${versionPath(board, version)}/restore`, { method: 'POST', token }),

  /** Never cached: the server answers it `no-store`. */
  serverTime: () => answer(ServerTime, '/time'),
}
