import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser'
import * as v from 'valibot'
import type { ImportIssue } from '../api/errors.ts'
import type { CanvasJson } from '../canvasDoc.ts'
import type { BoardView } from '../schema/readBoard.ts'
import type { EmbeddedFile } from './boardJson.ts'
import { BoardJsonSchema } from './boardJsonSchema.ts'
import { ImportError, lineAt } from './ImportError.ts'

type Path = Array<string | number>

/** A JSON export as read: the board, its canvas when it has one, the files it carries. */
export interface ParsedBoardJson {
  board: BoardView
  canvas: CanvasJson | null
  files: EmbeddedFile[]
}

/**
 * Reads a JSON export into a board snapshot, or throws an ImportError naming each bad line.
 * jsonc-parser gives the syntax tree with offsets (JSON.parse only says "position N" of the first
 * problem), so schema and reference problems can be pinned to the line of the offending field.
 * @public
 */
export function parseBoardJson(text: string): ParsedBoardJson {
  if (text.trim() === '') throw new ImportError([{ line: null, problem: 'the file is empty' }])
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  if (errors.length > 0 || !root) {
    throw new ImportError(
      errors.map((error) => ({
        line: lineAt(text, error.offset),
        problem: `not valid JSON (${spaced(printParseErrorCode(error.error))})`,
      })),
    )
  }
  const lineOf = (path: Path) => lineAt(text, nearestNode(root, path).offset)
  const result = v.safeParse(BoardJsonSchema, JSON.parse(text))
  if (!result.success) {
    throw new ImportError(
      result.issues.map((issue) => {
        const path: Path = (issue.path ?? []).map((item) => item.key as string | number)
        return { line: lineOf(path), problem: `${describePath(path)}: ${issue.message}` }
      }),
    )
  }
  const {
    format: _format,
    formatVersion: _version,
    exportedAt: _exportedAt,
    canvas,
    files,
    ...snapshot
  } = result.output
  const board: BoardView = snapshot
  const problems = referenceProblems(board)
  if (problems.length > 0) {
    throw new ImportError(problems.map(({ path, problem }): ImportIssue => ({ line: lineOf(path), problem })))
  }
  return { board, canvas: canvas ? { schema: canvas.schema, records: canvas.records } : null, files }
}

/**
 * Ids unique per collection, every stage and lane on a known map, every placed note in a known
 * cell. Other references (personas, comment targets) may dangle in a live board too, after a
 * concurrent delete, so they are kept as they are rather than refused.
 */
function referenceProblems(board: BoardView): Array<{ path: Path; problem: string }> {
  const problems: Array<{ path: Path; problem: string }> = []
  const index = <T extends { id: string }>(collection: keyof BoardView, items: T[]) => {
    const byId = new Map<string, T>()
    items.forEach((item, i) => {
      if (byId.has(item.id))
        problems.push({ path: [collection, i, 'id'], problem: `${collection}: duplicate id "${item.id}"` })
      byId.set(item.id, item)
    })
    return byId
  }
  const maps = index('maps', board.maps)
  const stages = index('stages', board.stages)
  const lanes = index('lanes', board.lanes)
  index('notes', board.notes)
  index('unplacedNotes', board.unplacedNotes)
  index('personas', board.personas)
  index('comments', board.comments)
  index('actions', board.actions)
  index('links', board.links)
  index('attachments', board.attachments)
  for (const [collection, items] of [
    ['stages', board.stages],
    ['lanes', board.lanes],
  ] as const) {
    items.forEach((item, i) => {
      if (!maps.has(item.mapId))
        problems.push({ path: [collection, i, 'mapId'], problem: `no map has the id "${item.mapId}"` })
    })
  }
  board.notes.forEach((note, i) => {
    const stage = stages.get(note.stageId)
    const lane = lanes.get(note.laneId)
    if (!stage)
      problems.push({ path: ['notes', i, 'stageId'], problem: `no stage has the id "${note.stageId}"` })
    if (!lane) problems.push({ path: ['notes', i, 'laneId'], problem: `no lane has the id "${note.laneId}"` })
  })
  return problems
}

/** The node at `path`, or its closest existing ancestor (a missing field is reported at its object). */
function nearestNode(root: Node, path: Path): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length))
    if (node) return node.parent?.type === 'property' ? node.parent : node
  }
  return root
}

function describePath(path: Path): string {
  if (path.length === 0) return 'the file'
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('')
}

const spaced = (code: string) => code.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase()
