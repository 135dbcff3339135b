import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { renderConfigTable, TABLE_END, TABLE_START, withConfigTable } from './configTable.ts'
import { VARIABLES } from './variables.ts'

const README = fileURLToPath(new URL('../../../README.md', import.meta.url))

describe('the configuration table', () => {
  it('in README.md is the one rendered from the schema (pnpm run docs:config rewrites it)', () => {
    const readme = readFileSync(README, 'utf8')
    const between = readme.slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END))
    expect(between.trim()).toBe(renderConfigTable())
  })

  it('has one row per variable, with its default', () => {
    const rows = renderConfigTable().split('\n').slice(2)
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(
      Object.keys(VARIABLES).map((name) => `| \`${name}\``),
    )
    expect(rows.find((row) => row.startsWith('| `MAX_DOC_BYTES`'))).toContain('| 67108864 |')
  })

  it('replaces only what lies between the markers, the same way each time', () => {
    const readme = `# Title\n\n${TABLE_START}\n| stale |\n${TABLE_END}\n\nAfter.\n`
    const once = withConfigTable(readme)
    expect(once).toBe(`# Title\n\n${TABLE_START}\n${renderConfigTable()}\n${TABLE_END}\n\nAfter.\n`)
    expect(withConfigTable(once)).toBe(once)
  })

  it('refuses a README without the markers', () => {
    expect(() => withConfigTable('# Title\n')).toThrow(TABLE_START)
  })
})
