import type { Variable } from './kinds.ts'
import { VARIABLES } from './variables.ts'

export const TABLE_START = '<!-- config-table:start -->'
export const TABLE_END = '<!-- config-table:end -->'

// A "|" inside a cell would end it early.
const cell = (value: string) => value.replaceAll('|', '\\|')

function defaultText(variable: Variable<unknown, unknown>): string {
  if (variable.fallbackText !== undefined) return variable.fallbackText
  if (variable.fallback === undefined) return '(none)'
  return String(variable.fallback)
}

/** The README's configuration table, one row per variable the server reads. */
export function renderConfigTable(): string {
  const rows = Object.entries<Variable<unknown, unknown>>(VARIABLES).map(
    ([name, variable]) =>
      `| \`${name}\` | ${variable.kind} | ${cell(variable.accepts)} | ${cell(defaultText(variable))} | ${cell(variable.meaning)} |`,
  )
  return [
    '| variable | type | accepted | default | meaning |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** `readme` with the text between the table markers replaced by the rendered table. */
export function withConfigTable(readme: string): string {
  const start = readme.indexOf(TABLE_START)
  const end = readme.indexOf(TABLE_END)
  if (start < 0 || end < start) throw new Error(`README.md needs ${TABLE_START} followed by ${TABLE_END}`)
  return `${readme.slice(0, start + TABLE_START.length)}\n${renderConfigTable()}\n${readme.slice(end)}`
}
