import * as v from 'valibot'
import type { Variable } from './kinds.ts'
import { type Config, VARIABLES } from './variables.ts'

export type ParsedConfig = { ok: true; config: Config } | { ok: false; problems: string[] }

/**
 * Reads every variable of VARIABLES from `env`. Unset and empty both mean the default (an empty
 * value is what `FOO= pnpm start` or a blank line in an env file gives). Any value that does not
 * fit makes the whole result a refusal, one sentence per variable, so the operator fixes them all
 * at once instead of one per restart.
 */
export function parseConfig(env: Record<string, string | undefined>): ParsedConfig {
  const values: Record<string, unknown> = {}
  const problems: string[] = []
  for (const [name, variable] of Object.entries<Variable<unknown, unknown>>(VARIABLES)) {
    const raw = env[name]
    if (raw === undefined || raw === '') {
      values[name] = variable.fallback
      continue
    }
    const result = v.safeParse(variable.schema, raw)
    if (result.success) values[name] = result.output
    else {
      const shown = JSON.stringify(variable.shown ? variable.shown(raw) : raw)
      problems.push(`${name}=${shown} is not accepted: ${variable.accepts}`)
    }
  }
  // Each value came from its own variable's schema or fallback, which is what Config says it holds.
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: values as Config }
}
