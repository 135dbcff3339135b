import { stringify } from 'csv-stringify/sync'
import { laneLabel, MAP_TYPE_LABELS } from '../i18n/labels.ts'
import type { Locale } from '../schema/board.ts'
import type { JourneyMap } from '../schema/map.ts'
import { type BoardView, notesInCell } from '../schema/readBoard.ts'
import { commentCounts, type NoteVotes, votesOf } from './noteCounts.ts'

/** The CSV columns, in order: one row per note. `votes` and `comment count` are read-only on import. */
export const CSV_COLUMNS = [
  'map',
  'stage',
  'lane',
  'text',
  'colour',
  'tags',
  'emotion',
  'votes',
  'comment count',
  'author',
  'links',
] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]

export const TAG_SEPARATOR = '; '
/** Between a note's link addresses: an address never holds a space (parseLinkUrl encodes them). */
export const LINK_SEPARATOR = ' '

export const mapLabel = (map: JourneyMap, locale: Locale): string =>
  map.title || MAP_TYPE_LABELS[locale][map.type]

/**
 * The board as CSV (RFC 4180 via csv-stringify, with a BOM so spreadsheet apps read UTF-8 Chinese),
 * map by map, stage by stage, lane by lane, in display order. @public
 */
export function exportBoardCsv(board: BoardView, votes: NoteVotes): string {
  const locale = board.meta.locale
  const comments = commentCounts(board)
  const links = noteLinkUrls(board)
  const rows: string[][] = []
  for (const map of board.maps) {
    const lanes = board.lanes.filter((lane) => lane.mapId === map.id)
    for (const stage of board.stages.filter((item) => item.mapId === map.id)) {
      for (const lane of lanes) {
        for (const note of notesInCell(board.notes, stage.id, lane.id)) {
          rows.push([
            mapLabel(map, locale),
            stage.name,
            laneLabel(lane, locale),
            note.text,
            note.color,
            note.tags.join(TAG_SEPARATOR),
            note.emotion === null ? '' : String(note.emotion),
            String(votesOf(votes, note.id)),
            String(comments.get(note.id) ?? 0),
            note.author,
            (links.get(note.id) ?? []).join(LINK_SEPARATOR),
          ])
        }
      }
    }
  }
  return stringify(rows, { bom: true, header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' })
}

/** Each note's link addresses, oldest first (titles are not in the CSV). */
function noteLinkUrls(board: BoardView): Map<string, string[]> {
  const urls = new Map<string, string[]>()
  for (const link of board.links) {
    if (link.targetKind !== 'note') continue
    urls.set(link.targetId, [...(urls.get(link.targetId) ?? []), link.url])
  }
  return urls
}
