/**
 * Import and export of boards (JSON, CSV, Markdown). A second entry point, `@jm/shared/io`, rather
 * than the main barrel: the CSV and JSON parsers it uses are for the server (and any lazily loaded
 * tool), and must not enter the board's first-load bundle in the browser.
 */

export { ACTION_CSV_COLUMNS, exportActionsCsv } from './actionsCsv.ts'
export { CSV_COLUMNS, exportBoardCsv } from './boardCsv.ts'
export {
  BOARD_JSON_FORMAT,
  BOARD_JSON_VERSION,
  type BoardJson,
  exportBoardJson,
  serializeBoardJson,
} from './boardJson.ts'
export { ImportError } from './ImportError.ts'
export { markdownReport } from './markdownReport.ts'
export { commentCounts, NO_VOTES, type NoteVotes, publishedVotes } from './noteCounts.ts'
export { type CsvImportOptions, parseBoardCsv } from './parseBoardCsv.ts'
export { type ParsedBoardJson, parseBoardJson } from './parseBoardJson.ts'
export { REPORT_LABELS } from './reportLabels.ts'
export { writeBoardSnapshot } from './writeBoardSnapshot.ts'
