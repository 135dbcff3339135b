import {
  type BoardView,
  canvasRoomName,
  controlRoomName,
  exportCanvasJson,
  newId,
  ROLES,
  readAttachments,
  readBoard,
  ServerOrigin,
  writeCanvasJson,
} from '@jm/shared'
import {
  type CreatedBoard,
  type ErrorAnswer,
  type ExportFormat,
  ExportQuery,
  ImportQuery,
} from '@jm/shared/api'
import {
  exportActionsCsv,
  exportBoardCsv,
  exportBoardJson,
  ImportError,
  markdownReport,
  type NoteVotes,
  type ParsedBoardJson,
  parseBoardCsv,
  parseBoardJson,
  publishedVotes,
  serializeBoardJson,
  writeBoardSnapshot,
} from '@jm/shared/io'
import { type Context, Hono } from 'hono'
import * as Y from 'yjs'
import type { TokenSigner } from '../auth/tokens.ts'
import type { Logger } from '../log.ts'
import type { RoomRegistry } from '../relay/RoomRegistry.ts'
import { boardHtml } from '../render/boardHtml.ts'
import { type Renderer, RendererUnavailable } from '../render/ChromiumRenderer.ts'
import { notePictures } from '../render/notePictures.ts'
import type { Storage } from '../storage/DocStore.ts'
import type { WorkspaceDirectory } from '../workspaces/WorkspaceDirectory.ts'
import { type AuthEnv, requireBoardRole } from './boardAuth.ts'
import { checkEmbeddedFiles, filesOfBoard } from './embeddedFiles.ts'
import { storeNewBoard } from './storeNewBoard.ts'
import { parseQuery } from './validate.ts'
import { workspaceOfRequest } from './workspaceOfRequest.ts'

export interface ExportRoutesDeps {
  storage: Storage
  signer: TokenSigner
  rooms: RoomRegistry
  renderer: Renderer
  log: Logger
  now: () => number
  /** Largest board an import may create (the relay's document cap). */
  maxDocBytes: number
  /** All of one board's files together, for the files an import carries. */
  maxBoardAttachmentBytes: number
  /** An import with a workspace token joins that workspace's directory. */
  directory: WorkspaceDirectory
  /** Votes per note for CSV, Markdown and the pictures; the tallies published in `<board>.control` by default. */
  noteVotes?: (board: string) => Promise<NoteVotes>
}

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  'actions.csv': 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  png: 'image/png',
  pdf: 'application/pdf',
} satisfies Record<ExportFormat, string>

const IMPORT_ORIGIN = new ServerOrigin('import-board')

/** `GET /api/boards/:id/export?format=…` (any role) and `POST /api/boards/import` (JSON or CSV). */
export function exportRoutes(deps: ExportRoutesDeps): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>()
  const votesFor =
    deps.noteVotes ?? ((board: string) => deps.rooms.read(controlRoomName(board), publishedVotes))

  routes.get('/:id/export', requireBoardRole(deps.signer, deps.storage, ROLES), async (c) => {
    const query = parseQuery(c, ExportQuery)
    if (!query.ok) return query.response
    const { format } = query.value
    const id = c.req.param('id')
    const exportedAt = new Date(deps.now())
    // Read once every change received so far is stored, the way the relay serves it.
    const canvas = format === 'json' ? await deps.rooms.read(canvasRoomName(id), exportCanvasJson) : null
    const files =
      format === 'json'
        ? await filesOfBoard(deps.storage, id, await deps.rooms.read(id, readAttachments))
        : []
    const { view, json } = await deps.rooms.read(id, (doc) => ({
      view: readBoard(doc),
      json:
        format === 'json' ? serializeBoardJson(exportBoardJson(doc, exportedAt, canvas, files)) : undefined,
    }))
    const headers = {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': attachment(id, view, format),
    }
    if (json !== undefined) return c.body(json, 200, headers)
    if (format === 'actions.csv') return c.body(exportActionsCsv(view), 200, headers)
    const votes = await votesFor(id)
    if (format === 'csv') return c.body(exportBoardCsv(view, votes), 200, headers)
    if (format === 'md') return c.body(markdownReport(view, votes, exportedAt), 200, headers)
    try {
      const page = await boardHtml(view, votes, exportedAt, await notePictures(deps.storage, id, view))
      const bytes = format === 'png' ? await deps.renderer.png(page) : await deps.renderer.pdf(page)
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, headers)
    } catch (error) {
      if (error instanceof RendererUnavailable) return c.json({ error: error.message }, 501)
      deps.log.error('export render failed', { board: id, format, error: String(error) })
      return c.json({ error: `the ${format.toUpperCase()} could not be rendered` }, 500)
    }
  })

  // The body size is capped for all of /api by hardenHttp (413 past MAX_BODY_BYTES).
  routes.post('/import', async (c) => {
    const query = parseQuery(c, ImportQuery)
    if (!query.ok) return query.response
    const placed = await workspaceOfRequest(c, { signer: deps.signer, store: deps.storage })
    if (!placed.ok) return placed.response
    const { title, locale } = query.value
    const text = await c.req.text()
    const now = deps.now()
    let imported: ParsedBoardJson
    try {
      imported = isJson(c, text)
        ? parseBoardJson(text)
        : {
            board: parseBoardCsv(text, { title, locale, now, newId }),
            canvas: null,
            files: [],
          }
    } catch (error) {
      if (error instanceof ImportError)
        return c.json({ error: error.message, issues: error.issues } satisfies ErrorAnswer, 400)
      throw error
    }
    const checked = checkEmbeddedFiles(
      imported.files,
      imported.board.attachments,
      deps.maxBoardAttachmentBytes,
    )
    if (!checked.ok)
      return c.json({ error: checked.error, issues: checked.issues } satisfies ErrorAnswer, checked.status)
    // The whole board is built and checked in memory first: a refused file leaves nothing behind.
    const doc = new Y.Doc()
    const canvas = new Y.Doc()
    try {
      writeBoardSnapshot(doc, imported.board, IMPORT_ORIGIN)
      if (imported.canvas) writeCanvasJson(canvas, imported.canvas, IMPORT_ORIGIN)
      const canvasUpdate = imported.canvas ? Y.encodeStateAsUpdate(canvas) : null
      if (
        Y.encodeStateAsUpdate(doc).byteLength > deps.maxDocBytes ||
        (canvasUpdate?.byteLength ?? 0) > deps.maxDocBytes
      )
        return c.json({ error: 'the imported board is over the board size cap' }, 413)
      const id = newId()
      const created = await storeNewBoard(deps, id, doc, now)
      if (!created) return c.json({ error: 'could not allocate a board id; try again' }, 503)
      if (canvasUpdate) await deps.storage.append(canvasRoomName(id), canvasUpdate)
      for (const { blob, data } of checked.blobs)
        await deps.storage.putBlob(id, blob, data, deps.maxBoardAttachmentBytes)
      if (placed.workspace) await deps.directory.place(id, placed.workspace, doc, now)
      return c.json(created satisfies CreatedBoard, 201)
    } finally {
      doc.destroy()
      canvas.destroy()
    }
  })

  return routes
}

function isJson(c: Context, text: string): boolean {
  const type = c.req.header('content-type') ?? ''
  if (type.includes('json')) return true
  if (type.includes('csv')) return false
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
}

/** A download name: ASCII fallback plus the board title in UTF-8 (RFC 6266). */
function attachment(id: string, view: BoardView, format: ExportFormat): string {
  const title = view.meta.title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim() || id
  return `attachment; filename="board-${id}.${format}"; filename*=UTF-8''${encodeURIComponent(`${title}.${format}`)}`
}
