import type { Figure } from './scenarios/context.ts'
import { SERVER_KINDS, type ServerKind } from './wire.ts'

/** One figure for every server, with our relay's DESIGN target where there is one. */
export interface Row {
  scenario: string
  metric: string
  unit: string
  better: 'lower' | 'higher'
  values: Partial<Record<ServerKind, number>>
  target?: string
}

const PEERS: ServerKind[] = ['y-websocket', 'hocuspocus']

/** DESIGN.md targets for the relay, as checks on a row. */
const TARGETS: { match: (row: Row) => boolean; text: string; met: (row: Row) => boolean | null }[] = [
  {
    match: (row) => row.scenario.startsWith('fan-out 200 ') && row.metric === 'p99',
    text: '<= 0.5x best peer',
    met: (row) => ratioOf(row, 'relay') <= 0.5,
  },
  {
    match: (row) => row.scenario.startsWith('fan-out 400 ') && row.metric === 'undelivered',
    text: '0 undelivered',
    met: (row) => row.values.relay === 0,
  },
  {
    match: (row) => row.metric === 'accepted updates/s',
    text: '>= 1.5x best peer',
    met: (row) => ratioOf(row, 'relay') >= 1.5,
  },
  {
    match: (row) => row.scenario.includes('50,000 notes') && row.metric === 'time (median)',
    text: '<= 0.8x best peer',
    met: (row) => ratioOf(row, 'relay') <= 0.8,
  },
  {
    match: (row) =>
      row.metric === 'server CPU per delivery' || row.metric === 'server CPU per accepted write',
    text: 'below every peer',
    met: (row) => ratioOf(row, 'relay') < 1,
  },
  {
    match: (row) => row.metric === 'memory per open room',
    text: '<= 0.5x best peer',
    met: (row) => ratioOf(row, 'relay') <= 0.5,
  },
  {
    match: (row) => row.metric === 'memory per room after all left',
    text: '~0 (under 1 KiB/room)',
    met: (row) => (row.values.relay ?? Number.NaN) < 1,
  },
]

export function toRows(figures: Partial<Record<ServerKind, Figure[]>>): Row[] {
  const rows = new Map<string, Row>()
  for (const kind of SERVER_KINDS) {
    for (const figure of figures[kind] ?? []) {
      const key = `${figure.scenario}|${figure.metric}`
      const row = rows.get(key) ?? {
        scenario: figure.scenario,
        metric: figure.metric,
        unit: figure.unit,
        better: figure.better,
        values: {},
      }
      row.values[kind] = figure.value
      rows.set(key, row)
    }
  }
  for (const row of rows.values()) {
    const target = TARGETS.find((candidate) => candidate.match(row))
    if (target && row.values.relay !== undefined) {
      const met = target.met(row)
      row.target = `${target.text}: ${met ? 'met' : 'NOT met'}`
    }
  }
  return [...rows.values()]
}

/** The best peer's value for the row (lowest or highest as the metric prefers). */
export function bestPeer(row: Row): number {
  const values = PEERS.map((kind) => row.values[kind]).filter((value): value is number =>
    Number.isFinite(value),
  )
  if (values.length === 0) return Number.NaN
  return row.better === 'lower' ? Math.min(...values) : Math.max(...values)
}

/** A server's value over the best peer's; the cluster's over our single relay's (the cost of crossing instances). */
export function ratioOf(row: Row, kind: ServerKind): number {
  const base = kind === 'relay-cluster' ? (row.values.relay ?? Number.NaN) : bestPeer(row)
  return (row.values[kind] ?? Number.NaN) / base
}

function formatValue(value: number | undefined, unit: string): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a'
  if (unit === 'B') return value >= 1e6 ? `${(value / 1e6).toFixed(2)} MB` : `${(value / 1e3).toFixed(1)} kB`
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2
  return `${value.toFixed(digits)} ${unit}`
}

function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : '-'
}

const COLUMN: Record<ServerKind, string> = {
  relay: 'relay',
  'y-websocket': 'y-websocket',
  hocuspocus: 'hocuspocus',
  'relay-cluster': 'relay x3 via Redis (vs relay)',
}

/**
 * A Markdown table: each server's figure with its ratio to the best peer (the cluster's: to our
 * single relay), and the relay's target.
 */
export function formatTable(rows: Row[]): string {
  const header = ['scenario', 'metric', ...SERVER_KINDS.map((kind) => COLUMN[kind]), 'relay target']
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
  for (const row of rows) {
    const cells = SERVER_KINDS.map(
      (kind) => `${formatValue(row.values[kind], row.unit)} (${formatRatio(ratioOf(row, kind))})`,
    )
    lines.push(`| ${[row.scenario, row.metric, ...cells, row.target ?? ''].join(' | ')} |`)
  }
  return lines.join('\n')
}
