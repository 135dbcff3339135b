import { expect, it } from 'vitest'
import { SMOKE } from './config.ts'
import { formatTable } from './report.ts'
import { runBench } from './runBench.ts'
import { SERVER_KINDS } from './wire.ts'

const SINGLE_SERVERS = SERVER_KINDS.filter((kind) => kind !== 'relay-cluster')

// Checks that the harness works end to end against every server (start, check against the stock
// providers, load, measure, stop); it asserts nothing about speed.
it('measures every scenario on every server (fan-out also across a cluster) and tabulates the figures', async () => {
  const lines: string[] = []
  const report = await runBench({ config: SMOKE, log: (line) => lines.push(line) })

  expect(report.errors).toEqual([])
  const metrics = report.rows.map((row) => `${row.scenario} / ${row.metric}`)
  expect(metrics).toEqual(
    expect.arrayContaining([
      'fan-out 4 clients x 1 write/s / p99',
      'fan-out 4 clients x 1 write/s / undelivered',
      '2 writers in one room / accepted updates/s',
      'initial sync, 20 notes / time (median)',
      'initial sync, 20 notes / bytes received',
      'memory, 3 rooms x 1 client / memory per open room',
      'memory, 3 rooms x 1 client / memory per room after all left',
    ]),
  )
  for (const row of report.rows) {
    const kinds = row.scenario.startsWith('fan-out') ? SERVER_KINDS : SINGLE_SERVERS
    for (const kind of kinds)
      expect(row.values[kind], `${kind}: ${row.scenario} ${row.metric}`).toBeTypeOf('number')
  }
  const clusterFanout = report.figures['relay-cluster']?.find((figure) => figure.metric === 'undelivered')
  expect(clusterFanout?.detail?.expected, 'writes crossed the cluster').toBeGreaterThan(0)
  for (const kind of SINGLE_SERVERS) {
    const fanout = report.figures[kind]?.find((figure) => figure.metric === 'undelivered')
    expect(fanout?.detail?.expected, `${kind} writes were sent`).toBeGreaterThan(0)
    const sync = report.figures[kind]?.find((figure) => figure.metric === 'bytes received')
    expect(sync?.value, `${kind} sent the preloaded board`).toBeGreaterThan(1000)
  }
  const table = formatTable(report.rows)
  expect(table.split('\n')[0]).toBe(
    '| scenario | metric | relay | y-websocket | hocuspocus | relay x3 via Redis (vs relay) | relay target |',
  )
  expect(table).toContain('x)')
})
