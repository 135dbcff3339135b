// `pnpm bench [--smoke] [--only=fanout,throughput,sync,memory] [--servers=relay,y-websocket,hocuspocus]
//   [--profile] [--fanout-clients=50,200] [--sync-notes=1000]` (--profile: a CPU profile of our relay per
//   step, into .bench-results/profiles; the last two replace the scenario sizes)
// Runs the side-by-side benchmark, prints the table and writes the raw results to .bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FULL, SMOKE } from './config.ts'
import { formatTable } from './report.ts'
import { runBench, SCENARIOS, type ScenarioName } from './runBench.ts'
import { SERVER_KINDS, type ServerKind } from './wire.ts'

const args = process.argv.slice(2)
const listArg = <T extends string>(name: string, allowed: readonly T[]): T[] | undefined => {
  const arg = args.find((candidate) => candidate.startsWith(`--${name}=`))
  if (!arg) return undefined
  const values = arg.slice(name.length + 3).split(',')
  const unknown = values.filter((value) => !allowed.includes(value as T))
  if (unknown.length > 0)
    throw new Error(`unknown --${name}: ${unknown.join(', ')} (known: ${allowed.join(', ')})`)
  return values as T[]
}

const numbersArg = (name: string): number[] | undefined =>
  args
    .find((candidate) => candidate.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',')
    .map(Number)
const base = args.includes('--smoke') ? SMOKE : FULL
const fanoutClients = numbersArg('fanout-clients')
const syncNotes = numbersArg('sync-notes')
const config = {
  ...base,
  fanout: { ...base.fanout, clients: fanoutClients ?? base.fanout.clients },
  sync: { ...base.sync, notes: syncNotes ?? base.sync.notes },
}
const outDir = fileURLToPath(new URL('../../.bench-results/', import.meta.url))
const report = await runBench({
  profileDir: args.includes('--profile') ? join(outDir, 'profiles') : undefined,
  config,
  scenarios: listArg<ScenarioName>('only', SCENARIOS),
  servers: listArg<ServerKind>('servers', SERVER_KINDS),
  log: (line) => console.log(line),
})
const table = formatTable(report.rows)
mkdirSync(outDir, { recursive: true })
const stamp = report.startedAt.replace(/[:.]/g, '-')
const jsonFile = join(outDir, `bench-${config.name}-${stamp}.json`)
writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`)
writeFileSync(join(outDir, `bench-${config.name}-${stamp}.md`), `${table}\n`)
console.log(`\n${table}\n`)
console.log(
  `load average before ${report.machine.loadBefore.map((x) => x.toFixed(2)).join(' ')}, ` +
    `after ${report.machine.loadAfter.map((x) => x.toFixed(2)).join(' ')} (${report.machine.cpus} cores, shared)`,
)
console.log(`raw results: ${jsonFile}`)
for (const error of report.errors) console.log(`FAILED ${error.server} ${error.step}: ${error.error}`)
process.exit(report.errors.length > 0 ? 1 : 0)
