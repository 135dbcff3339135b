import { ACTION_STATUS_LABELS } from '../i18n/labels.ts'
import { isOverdue } from '../schema/action.ts'
import type { BoardView } from '../schema/readBoard.ts'
import type { ReportLabels } from './reportLabels.ts'

/**
 * The board report's list of actions (what will be fixed, by whom, by when), in list order, each
 * with the notes it addresses; overdue ones marked as of the export's day. Nothing without actions.
 */
export function actionsReport(
  board: BoardView,
  labels: ReportLabels,
  exportedAt: Date,
  md: (text: string) => string,
): string[] {
  if (board.actions.length === 0) return []
  const today = exportedAt.toISOString().slice(0, 10)
  const statuses = ACTION_STATUS_LABELS[board.meta.locale]
  const noteText = new Map(
    [...board.notes, ...board.unplacedNotes].map((note) => [note.id, md(note.text) || '…']),
  )
  const rows = board.actions.map((action, i) => {
    const due = action.due && isOverdue(action, today) ? `${action.due} (${labels.overdue})` : action.due
    const notes = action.noteIds.map((id) => noteText.get(id) ?? '…').join('; ')
    return `| ${i + 1} | ${md(action.title)} | ${md(action.owner)} | ${due} | ${statuses[action.status]} | ${action.impact} | ${action.effort} | ${notes} |`
  })
  return [
    `## ${labels.actions}`,
    '',
    `| ${labels.rank} | ${labels.action} | ${labels.actionOwner} | ${labels.due} | ${labels.status} | ${labels.impact} | ${labels.effort} | ${labels.notes} |`,
    '| ---: | --- | --- | --- | --- | ---: | ---: | --- |',
    ...rows,
    '',
  ]
}
