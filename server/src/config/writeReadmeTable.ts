// `pnpm run docs:config`: rewrites the README's configuration table from VARIABLES.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { withConfigTable } from './configTable.ts'

const readmePath = fileURLToPath(new URL('../../../README.md', import.meta.url))
const before = readFileSync(readmePath, 'utf8')
const after = withConfigTable(before)
if (after !== before) writeFileSync(readmePath, after)
process.stdout.write(
  after === before
    ? 'README.md: configuration table already up to date\n'
    : 'README.md: configuration table rewritten\n',
)
