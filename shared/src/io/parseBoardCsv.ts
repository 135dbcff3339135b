import { parse } from 'csv-parse/sync'
import type { ImportIssue } from '../api/errors.ts'
import { LANE_KIND_LABELS, MAP_TYPE_LABELS } from '../i18n/labels.ts'
import { MAX_LINKS_PER_TARGET, MAX_NOTE_TEXT } from '../limits.ts'
import { parseLinkUrl } from '../links/linkUrl.ts'
import { orderKeyBetween } from '../order/orderKey.ts'
import { type Locale, SUPPORTED_LOCALES } from '../schema/board.ts'
import { LANE_KINDS, type Lane, type LaneKind } from '../schema/lane.ts'
import type { Link } from '../schema/link.ts'
import { type JourneyMap, MAP_TYPES, type MapType } from '../schema/map.ts'
import { CURRENT_SCHEMA_VERSION } from '../schema/migrations/index.ts'
import { EMOTION_MAX, EMOTION_MIN, NOTE_COLORS, type Note, type NoteColor } from '../schema/note.ts'
import type { BoardView } from '../schema/readBoard.ts'
import type { Stage } from '../schema/stage.ts'
import { CSV_COLUMNS, type CsvColumn } from './boardCsv.ts'
import { ImportError, MAX_REPORTED_ISSUES } from './ImportError.ts'

export interface CsvImportOptions {
  /** Board title; the first row's map when omitted. */
  title?: string
  locale: Locale
  now: number
  newId: () => string
}

type Row = Record<CsvColumn, string>
const REQUIRED: CsvColumn[] = ['stage', 'lane']
const ALIASES: Record<string, CsvColumn> = { color: 'colour', comments: 'comment count' }

/**
 * Reads CSV in the export's columns into a new board snapshot: maps, stages and lanes are created
 * in order of first appearance, notes in row order. Lane names that are a lane kind's label (in any
 * language) become lanes of that kind. Throws an ImportError naming each bad line; nothing is
 * returned half-built. @public
 */
export function parseBoardCsv(text: string, options: CsvImportOptions): BoardView {
  const records = readRecords(text)
  const header = records.shift()
  if (!header || header.fields.every((field) => field.trim() === ''))
    throw new ImportError([{ line: null, problem: 'the file is empty' }])
  const columns = headerColumns(header.fields, header.line)
  const issues: ImportIssue[] = []
  const builder = new BoardBuilder(options)
  for (const record of records) {
    const row = Object.fromEntries(
      CSV_COLUMNS.map((column) => [column, record.fields[columns.indexOf(column)]?.trim() ?? '']),
    ) as Row
    if (record.fields.length !== columns.length) {
      issues.push({
        line: record.line,
        problem: `${record.fields.length} fields, the header has ${columns.length}`,
      })
      continue
    }
    const problem = rowProblem(row, record.fields[columns.indexOf('text')] ?? '')
    if (problem) issues.push({ line: record.line, problem })
    else builder.add(row, record.fields[columns.indexOf('text')] ?? '')
    if (issues.length >= MAX_REPORTED_ISSUES) break
  }
  if (issues.length > 0) throw new ImportError(issues)
  return builder.build()
}

interface CsvRecord {
  fields: string[]
  line: number
}

/** csv-parse records with the line each starts on (it reports only where a record ends, in bytes). */
function readRecords(text: string): CsvRecord[] {
  let parsed: Array<{ record: string[]; info: { bytes: number } }>
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof parsed
  } catch (error) {
    const failure = error as { lines?: number; message?: string }
    const message = String(failure.message ?? error).replace(/:.*$/, '')
    throw new ImportError([
      { line: failure.lines ?? null, problem: `not valid CSV (${message.toLowerCase()})` },
    ])
  }
  const bytes = new TextEncoder().encode(text)
  let offset = 0
  let line = 1
  return parsed.map(({ record, info }) => {
    while (bytes[offset] === 10 || bytes[offset] === 13) {
      if (bytes[offset] === 10) line++
      offset++
    }
    const start = line
    for (; offset < info.bytes; offset++) if (bytes[offset] === 10) line++
    return { fields: record, line: start }
  })
}

function headerColumns(fields: string[], line: number): CsvColumn[] {
  const columns = fields.map((field) => {
    const name = field.trim().toLowerCase()
    return ALIASES[name] ?? (CSV_COLUMNS as readonly string[]).find((column) => column === name)
  })
  const unknown = fields.filter((_, i) => columns[i] === undefined)
  if (unknown.length > 0)
    throw new ImportError([
      { line, problem: `unknown column "${unknown[0]}"; the columns are ${CSV_COLUMNS.join(', ')}` },
    ])
  const missing = REQUIRED.filter((column) => !columns.includes(column))
  if (missing.length > 0)
    throw new ImportError([{ line, problem: `the header has no "${missing[0]}" column` }])
  return columns as CsvColumn[]
}

const isCount = (value: string) => value === '' || /^\d+$/.test(value)
const linkUrls = (row: Row) => row.links.split(/\s+/).filter(Boolean)

function rowProblem(row: Row, rawText: string): string | null {
  if (row.stage === '') return 'stage is empty'
  if (row.lane === '') return 'lane is empty'
  if (rawText.length > MAX_NOTE_TEXT) return `text is over ${MAX_NOTE_TEXT} characters`
  if (row.colour !== '' && !(NOTE_COLORS as readonly string[]).includes(row.colour.toLowerCase()))
    return `colour "${row.colour}" is not one of ${NOTE_COLORS.join(', ')}`
  if (row.emotion !== '') {
    const emotion = Number(row.emotion)
    if (!Number.isInteger(emotion) || emotion < EMOTION_MIN || emotion > EMOTION_MAX)
      return `emotion "${row.emotion}" is not a whole number from ${EMOTION_MIN} to ${EMOTION_MAX}`
  }
  if (!isCount(row.votes)) return `votes "${row.votes}" is not a whole number`
  if (!isCount(row['comment count'])) return `comment count "${row['comment count']}" is not a whole number`
  const links = linkUrls(row)
  const bad = links.find((url) => parseLinkUrl(url) === null)
  if (bad !== undefined) return `link "${bad}" is not an http:// or https:// address`
  if (links.length > MAX_LINKS_PER_TARGET) return `a note has at most ${MAX_LINKS_PER_TARGET} links`
  return null
}

/** Finds a label's kind or type in any supported language (or its key itself). */
function kindOf<K extends string>(
  label: string,
  keys: readonly K[],
  labels: (locale: Locale) => Record<K, string>,
) {
  const wanted = label.toLowerCase()
  return keys.find(
    (key) =>
      key.toLowerCase() === wanted ||
      SUPPORTED_LOCALES.some((locale) => labels(locale)[key].toLowerCase() === wanted),
  )
}

class BoardBuilder {
  readonly maps = new Map<string, JourneyMap>()
  readonly stages = new Map<string, Stage>()
  readonly lanes = new Map<string, Lane>()
  readonly notes: Note[] = []
  readonly links: Link[] = []
  readonly #lastOrder = new Map<string, string>()

  constructor(private readonly options: CsvImportOptions) {}

  /** The next order key within `scope` (a map's stages, a map's lanes, a cell's notes). */
  #nextOrder(scope: string): string {
    const order = orderKeyBetween(this.#lastOrder.get(scope), null)
    this.#lastOrder.set(scope, order)
    return order
  }

  #map(label: string): JourneyMap {
    let map = this.maps.get(label)
    if (!map) {
      const type: MapType | undefined = kindOf(label, MAP_TYPES, (locale) => MAP_TYPE_LABELS[locale])
      const id = this.options.newId()
      map = {
        id,
        order: this.#nextOrder('maps'),
        type: type ?? 'currentState',
        title: type ? '' : label,
        personaId: '',
        segment: '',
        persona: '',
        loopRestartStageId: '',
        parentMapId: '',
        parentStageId: '',
      }
      this.maps.set(label, map)
    }
    return map
  }

  add(row: Row, text: string): void {
    const map = this.#map(row.map)
    const stageKey = `${map.id}\n${row.stage}`
    let stage = this.stages.get(stageKey)
    if (!stage) {
      stage = {
        id: this.options.newId(),
        mapId: map.id,
        order: this.#nextOrder(`stages ${map.id}`),
        name: row.stage,
        templateKey: '',
        goal: '',
        customerQuestion: '',
        exitCriteria: '',
        ownerDepartment: '',
        handoff: '',
        timeOfDay: '',
        kpis: [],
        deliverables: [],
        deletedAt: null,
        redirectTo: '',
      }
      this.stages.set(stageKey, stage)
    }
    const laneKey = `${map.id}\n${row.lane}`
    let lane = this.lanes.get(laneKey)
    if (!lane) {
      const kind: LaneKind | undefined = kindOf(row.lane, LANE_KINDS, (locale) => LANE_KIND_LABELS[locale])
      lane = {
        id: this.options.newId(),
        mapId: map.id,
        order: this.#nextOrder(`lanes ${map.id}`),
        kind: kind ?? 'custom',
        name: kind ? '' : row.lane,
        deletedAt: null,
        redirectTo: '',
      }
      this.lanes.set(laneKey, lane)
    }
    const noteId = this.options.newId()
    // One millisecond apart, so the note's links keep the file's order.
    linkUrls(row).forEach((url, i) => {
      this.links.push({
        id: this.options.newId(),
        targetKind: 'note',
        targetId: noteId,
        url: parseLinkUrl(url)?.href ?? url,
        title: '',
        author: row.author,
        createdAt: this.options.now + i,
      })
    })
    this.notes.push({
      id: noteId,
      stageId: stage.id,
      laneId: lane.id,
      order: this.#nextOrder(`notes ${stage.id} ${lane.id}`),
      text,
      color: (row.colour.toLowerCase() || 'yellow') as NoteColor,
      author: row.author,
      tags: [
        ...new Set(
          row.tags
            .split(/[;；]/)
            .map((tag) => tag.trim())
            .filter(Boolean),
        ),
      ],
      emotion: row.emotion === '' ? null : Number(row.emotion),
      personaId: '',
      createdAt: this.options.now,
      updatedAt: this.options.now,
    })
  }

  build(): BoardView {
    const maps = [...this.maps.values()]
    const firstMap = maps[0]
    return {
      meta: {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        title: this.options.title || (firstMap ? firstMap.title : '') || 'Imported map',
        locale: this.options.locale,
        templateId: '',
        createdAt: this.options.now,
      },
      maps: maps.length > 0 ? maps : [this.#map('')],
      stages: [...this.stages.values()],
      lanes: [...this.lanes.values()],
      notes: this.notes,
      unplacedNotes: [],
      personas: [],
      comments: [],
      actions: [],
      links: this.links,
      attachments: [],
    }
  }
}
