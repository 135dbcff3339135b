import { laneLabel, MAP_TYPE_LABELS } from '../i18n/labels.ts'
import { type EvidenceTarget, evidenceOn } from '../schema/evidence.ts'
import type { Kpi } from '../schema/kpi.ts'
import type { Lane, LaneKind } from '../schema/lane.ts'
import { type Link, linkLabel } from '../schema/link.ts'
import type { JourneyMap } from '../schema/map.ts'
import type { Note } from '../schema/note.ts'
import { type BoardView, notesInCell } from '../schema/readBoard.ts'
import type { Stage } from '../schema/stage.ts'
import { actionsReport } from './actionsReport.ts'
import { type NoteVotes, votesOf } from './noteCounts.ts'
import { REPORT_LABELS, type ReportLabels } from './reportLabels.ts'

/** Markdown control characters are escaped and line breaks kept as <br>, so user text cannot break the layout. */
export function inlineMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, '<br>')
    .trim()
}

const md = inlineMarkdown

/**
 * A report for a quarterly review or slide deck: stage by stage (goal, customer question, exit
 * criteria, deliverables and every lane's notes), then pain points ranked by votes, KPIs with
 * target and actual, owners and handoffs, and opportunities ranked by votes; then the board's
 * actions. @public
 */
export function markdownReport(board: BoardView, votes: NoteVotes, exportedAt: Date): string {
  const labels = REPORT_LABELS[board.meta.locale]
  const out: string[] = [
    `# ${md(board.meta.title)}`,
    '',
    `_${labels.exportedOn} ${exportedAt.toISOString().slice(0, 10)}_`,
    '',
  ]
  const several = board.maps.length > 1
  for (const map of board.maps) {
    if (several) out.push(`## ${md(map.title || MAP_TYPE_LABELS[board.meta.locale][map.type])}`, '')
    out.push(...new MapReport(board, map, votes, labels, several ? '###' : '##').lines())
  }
  out.push(...actionsReport(board, labels, exportedAt, md))
  return `${out.join('\n').trimEnd()}\n`
}

class MapReport {
  readonly stages: Stage[]
  readonly lanes: Lane[]
  readonly stageName: Map<string, string>

  constructor(
    readonly board: BoardView,
    readonly map: JourneyMap,
    readonly votes: NoteVotes,
    readonly labels: ReportLabels,
    readonly h: string,
  ) {
    this.stages = board.stages.filter((stage) => stage.mapId === map.id)
    this.lanes = board.lanes.filter((lane) => lane.mapId === map.id)
    this.stageName = new Map(this.stages.map((stage, i) => [stage.id, `${i + 1}. ${md(stage.name)}`]))
  }

  lines(): string[] {
    return [
      ...this.header(),
      ...this.stageSections(),
      ...this.painPoints(),
      ...this.kpis(),
      ...this.owners(),
      ...this.opportunities(),
    ]
  }

  header(): string[] {
    const { labels, map, board } = this
    const facts = [`**${MAP_TYPE_LABELS[board.meta.locale][map.type]}**`]
    const persona = board.personas.find((item) => item.id === map.personaId)
    const personaText = persona ? [persona.name, persona.jobTitle].filter(Boolean).join(', ') : map.persona
    if (personaText) facts.push(`${labels.persona}: ${md(personaText)}`)
    if (map.segment) facts.push(`${labels.segment}: ${md(map.segment)}`)
    return [facts.join(' · '), '']
  }

  stageSections(): string[] {
    const { labels, h } = this
    const out = [`${h} ${labels.stages}`, '']
    for (const stage of this.stages) {
      out.push(`${h}# ${this.stageName.get(stage.id)}`, '')
      if (stage.goal) out.push(`> ${labels.goal}: ${md(stage.goal)}`, '')
      const facts: string[] = []
      if (stage.customerQuestion)
        facts.push(`- **${labels.customerQuestion}**: ${md(stage.customerQuestion)}`)
      if (stage.exitCriteria) facts.push(`- **${labels.exitCriteria}**: ${md(stage.exitCriteria)}`)
      if (stage.deliverables.length > 0)
        facts.push(
          `- **${labels.deliverables}**: ${stage.deliverables.map((item) => md(item.text)).join('; ')}`,
        )
      const links = this.linksOf('stage', stage.id)
      if (links) facts.push(`- **${labels.links}**: ${links}`)
      const files = this.filesOf('stage', stage.id)
      if (files) facts.push(`- **${labels.files}**: ${files}`)
      if (facts.length > 0) out.push(...facts, '')
      for (const lane of this.lanes) {
        const notes = notesInCell(this.board.notes, stage.id, lane.id)
        if (notes.length === 0) continue
        out.push(`**${md(laneLabel(lane, this.board.meta.locale))}**`, '')
        out.push(...notes.map((note) => `- ${this.describe(note)}`), '')
      }
    }
    return out
  }

  painPoints(): string[] {
    const { labels } = this
    const ranked = this.ranked('painPoints')
    const out = [`${this.h} ${labels.painPoints}`, '']
    if (ranked.length === 0) return [...out, labels.none, '']
    out.push(
      `| ${labels.rank} | ${labels.note} | ${labels.stage} | ${labels.votesColumn} |`,
      '| ---: | --- | --- | ---: |',
    )
    ranked.forEach(({ note, votes }, i) => {
      out.push(`| ${i + 1} | ${md(note.text)} | ${this.stageName.get(note.stageId)} | ${votes} |`)
    })
    return [...out, '']
  }

  kpis(): string[] {
    const { labels } = this
    const out = [`${this.h} ${labels.kpis}`, '']
    const rows = this.stages.flatMap((stage) => stage.kpis.map((kpi) => ({ stage, kpi })))
    if (rows.length > 0) {
      out.push(
        `| ${labels.stage} | ${labels.kpi} | ${labels.target} | ${labels.actual} |`,
        '| --- | --- | ---: | ---: |',
        ...rows.map(
          ({ stage, kpi }) =>
            `| ${this.stageName.get(stage.id)} | ${md(kpi.name)} | ${figure(kpi, kpi.target)} | ${figure(kpi, kpi.actual)} |`,
        ),
        '',
      )
    }
    const notes = this.perStage('kpis')
    if (rows.length === 0 && notes.length === 0) return [...out, labels.none, '']
    return [...out, ...notes]
  }

  owners(): string[] {
    const { labels } = this
    const out = [`${this.h} ${labels.owners}`, '']
    const owned = this.stages.filter((stage) => stage.ownerDepartment || stage.handoff)
    if (owned.length > 0) {
      out.push(
        `| ${labels.stage} | ${labels.owner} | ${labels.handoff} |`,
        '| --- | --- | --- |',
        ...owned.map(
          (stage) =>
            `| ${this.stageName.get(stage.id)} | ${md(stage.ownerDepartment)} | ${md(stage.handoff)} |`,
        ),
        '',
      )
    }
    const notes = this.perStage('owners')
    if (owned.length === 0 && notes.length === 0) return [...out, labels.none, '']
    return [...out, ...notes]
  }

  opportunities(): string[] {
    const ranked = this.ranked('opportunities')
    const out = [`${this.h} ${this.labels.opportunities}`, '']
    if (ranked.length === 0) return [...out, this.labels.none, '']
    ranked.forEach(({ note }, i) => {
      out.push(`${i + 1}. ${this.describe(note)} (${this.stageName.get(note.stageId)})`)
    })
    return [...out, '']
  }

  /** Notes of the map's lanes of one kind, stage by stage, in board order. */
  notesOfKind(kind: LaneKind): Note[] {
    return this.lanes
      .filter((lane) => lane.kind === kind)
      .flatMap((lane) => this.stages.flatMap((stage) => notesInCell(this.board.notes, stage.id, lane.id)))
  }

  /** Most votes first; equal votes keep board order. */
  ranked(kind: LaneKind): Array<{ note: Note; votes: number }> {
    return this.notesOfKind(kind)
      .map((note, position) => ({ note, votes: votesOf(this.votes, note.id), position }))
      .sort((a, b) => b.votes - a.votes || a.position - b.position)
  }

  /** A line per stage listing the notes of a lane kind there (the KPI and owner lanes). */
  perStage(kind: LaneKind): string[] {
    const notes = this.notesOfKind(kind)
    const out: string[] = []
    for (const stage of this.stages) {
      const own = notes.filter((note) => note.stageId === stage.id)
      if (own.length > 0)
        out.push(
          `- **${this.stageName.get(stage.id)}**: ${own.map((note) => this.describe(note)).join('; ')}`,
        )
    }
    return out.length > 0 ? [...out, ''] : []
  }

  describe(note: Note): string {
    const { labels } = this
    const details: string[] = []
    const votes = votesOf(this.votes, note.id)
    if (votes > 0) details.push(labels.votes(votes))
    if (note.emotion !== null) details.push(`${labels.emotion} ${note.emotion > 0 ? '+' : ''}${note.emotion}`)
    if (note.tags.length > 0) details.push(`${labels.tags}: ${note.tags.map(md).join(', ')}`)
    const links = this.linksOf('note', note.id)
    if (links) details.push(`${labels.links}: ${links}`)
    const files = this.filesOf('note', note.id)
    if (files) details.push(`${labels.files}: ${files}`)
    const text = md(note.text) || '…'
    return details.length > 0 ? `${text} _(${details.join(' · ')})_` : text
  }

  /** The item's links as Markdown links, '' when it has none. */
  linksOf(kind: EvidenceTarget, id: string): string {
    return evidenceOn(this.board.links, kind, id).map(markdownLink).join(', ')
  }

  /** The item's files by name (the report has no token to link them with), '' when it has none. */
  filesOf(kind: EvidenceTarget, id: string): string {
    return evidenceOn(this.board.attachments, kind, id)
      .map((file) => md(file.name))
      .join(', ')
  }
}

/** The address in angle brackets, so parentheses in it cannot end the link early. */
const markdownLink = (link: Link): string => `[${md(linkLabel(link))}](<${link.url}>)`

const figure = (kpi: Kpi, value: number | null): string =>
  value === null ? '–' : `${value}${kpi.unit ? ` ${md(kpi.unit)}` : ''}`
