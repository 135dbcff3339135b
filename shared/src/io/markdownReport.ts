import { laneLabel, MAP_TYPE_LABELS } from '../i18n/labels.ts'
import type { LaneKind } from '../schema/lane.ts'
import type { JourneyMap } from '../schema/map.ts'
import type { Note } from '../schema/note.ts'
import { type BoardView, notesInCell } from '../schema/readBoard.ts'
import type { Stage } from '../schema/stage.ts'
import { mapLabel } from './boardCsv.ts'
import { type NoteCounts, votesOf } from './noteCounts.ts'
import { REPORT_LABELS, type ReportLabels } from './reportLabels.ts'

/** Markdown control characters are escaped and line breaks kept as <br>, so note text cannot break the layout. */
export function inlineMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, '<br>')
    .trim()
}

/**
 * A report for a quarterly review or slide deck: stage by stage with every lane's notes, then the
 * pain points ranked by votes, KPIs and owners per stage, and opportunities ranked by votes. @public
 */
export function markdownReport(board: BoardView, counts: NoteCounts, exportedAt: Date): string {
  const labels = REPORT_LABELS[board.meta.locale]
  const out: string[] = [`# ${inlineMarkdown(board.meta.title)}`, '']
  out.push(`_${labels.exportedOn} ${exportedAt.toISOString().slice(0, 10)}_`, '')
  for (const map of board.maps) {
    if (board.maps.length > 1) out.push(`## ${inlineMarkdown(mapLabel(map, board.meta.locale))}`, '')
    out.push(...mapSection(board, map, counts, labels))
  }
  return `${out.join('\n').trimEnd()}\n`
}

function mapSection(board: BoardView, map: JourneyMap, counts: NoteCounts, labels: ReportLabels): string[] {
  const locale = board.meta.locale
  const h = board.maps.length > 1 ? '###' : '##'
  const stages = board.stages.filter((stage) => stage.mapId === map.id)
  const lanes = board.lanes.filter((lane) => lane.mapId === map.id)
  const notesOfKind = (kind: LaneKind) =>
    lanes
      .filter((lane) => lane.kind === kind)
      .flatMap((lane) => stages.flatMap((stage) => notesInCell(board.notes, stage.id, lane.id)))
  const stageName = new Map(stages.map((stage, i) => [stage.id, `${i + 1}. ${inlineMarkdown(stage.name)}`]))
  const describe = (note: Note) => noteLine(note, votesOf(counts, note.id), labels)

  const out: string[] = [`**${MAP_TYPE_LABELS[locale][map.type]}**`]
  if (map.persona) out.push(`${labels.persona}: ${inlineMarkdown(map.persona)}`)
  out.push('', `${h} ${labels.stages}`, '')
  stages.forEach((stage) => {
    out.push(`${h}# ${stageName.get(stage.id)}`, '')
    if (stage.goal) out.push(`> ${labels.goal}: ${inlineMarkdown(stage.goal)}`, '')
    for (const lane of lanes) {
      const notes = notesInCell(board.notes, stage.id, lane.id)
      if (notes.length === 0) continue
      out.push(
        `**${inlineMarkdown(laneLabel(lane, locale))}**`,
        '',
        ...notes.map((n) => `- ${describe(n)}`),
        '',
      )
    }
  })

  const ranked = (notes: Note[]) =>
    notes
      .map((note, position) => ({ note, votes: votesOf(counts, note.id), position }))
      .sort((a, b) => b.votes - a.votes || a.position - b.position)
  const pains = ranked(notesOfKind('painPoints'))
  out.push(`${h} ${labels.painPoints}`, '')
  if (pains.length === 0) out.push(labels.none, '')
  else {
    out.push(`| ${labels.rank} | ${labels.note} | ${labels.stage} | ${labels.votesColumn} |`)
    out.push('| ---: | --- | --- | ---: |')
    out.push(
      ...pains.map(
        ({ note, votes }, i) =>
          `| ${i + 1} | ${inlineMarkdown(note.text)} | ${stageName.get(note.stageId)} | ${votes} |`,
      ),
    )
    out.push('')
  }
  out.push(...perStage(`${h} ${labels.kpis}`, stages, notesOfKind('kpis'), stageName, describe, labels))
  out.push(...perStage(`${h} ${labels.owners}`, stages, notesOfKind('owners'), stageName, describe, labels))
  out.push(`${h} ${labels.opportunities}`, '')
  const opportunities = ranked(notesOfKind('opportunities'))
  if (opportunities.length === 0) out.push(labels.none, '')
  else
    out.push(
      ...opportunities.map(({ note }, i) => `${i + 1}. ${describe(note)} (${stageName.get(note.stageId)})`),
      '',
    )
  return out
}

function perStage(
  heading: string,
  stages: Stage[],
  notes: Note[],
  stageName: Map<string, string | undefined>,
  describe: (note: Note) => string,
  labels: ReportLabels,
): string[] {
  const out = [heading, '']
  if (notes.length === 0) return [...out, labels.none, '']
  for (const stage of stages) {
    const own = notes.filter((note) => note.stageId === stage.id)
    if (own.length > 0) out.push(`- **${stageName.get(stage.id)}**: ${own.map(describe).join('; ')}`)
  }
  return [...out, '']
}

function noteLine(note: Note, votes: number, labels: ReportLabels): string {
  const details: string[] = []
  if (votes > 0) details.push(labels.votes(votes))
  if (note.emotion !== null) details.push(`${labels.emotion} ${note.emotion > 0 ? '+' : ''}${note.emotion}`)
  if (note.tags.length > 0) details.push(`${labels.tags}: ${note.tags.map(inlineMarkdown).join(', ')}`)
  const text = inlineMarkdown(note.text) || '…'
  return details.length > 0 ? `${text} _(${details.join(' · ')})_` : text
}
