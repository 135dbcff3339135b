import { stringify } from 'csv-stringify/sync'
import type { BoardView } from '../schema/readBoard.ts'

/** One row per action, in list order; ids stay as they are so a tracker can match rows on re-import. */
export const ACTION_CSV_COLUMNS = [
  'id',
  'title',
  'status',
  'owner',
  'due',
  'impact',
  'effort',
  'notes',
  'note ids',
  'created by',
  'created at',
  'updated at',
] as const

/** The board's actions as CSV, written like the board's own CSV (BOM, CRLF) for spreadsheet apps. @public */
export function exportActionsCsv(board: BoardView): string {
  const noteText = new Map([...board.notes, ...board.unplacedNotes].map((note) => [note.id, note.text]))
  const rows = board.actions.map((action) => [
    action.id,
    action.title,
    action.status,
    action.owner,
    action.due,
    String(action.impact),
    String(action.effort),
    action.noteIds.map((id) => noteText.get(id) ?? '').join('\n'),
    action.noteIds.join(' '),
    action.createdBy,
    new Date(action.createdAt).toISOString(),
    new Date(action.updatedAt).toISOString(),
  ])
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...ACTION_CSV_COLUMNS],
    record_delimiter: 'windows',
  })
}
