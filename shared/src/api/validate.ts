import * as v from 'valibot'

/** A schema whose values are of type T, whatever it accepts: what a caller needs to name one. */
export type Schema<T> = v.GenericSchema<unknown, T>

/** A value checked against a schema; a refusal names the first offending field (null: the whole value). */
export type Validated<T> = { ok: true; value: T } | { ok: false; field: string | null; error: string }

/**
 * Checks a request (server) or an answer (client) against its schema, so both sides word a refusal
 * the same way: `<field>: <what is wrong>`.
 */
export function validate<T>(schema: Schema<T>, value: unknown): Validated<T> {
  const result = v.safeParse(schema, value)
  if (result.success) return { ok: true, value: result.output }
  const [issue] = result.issues
  const field = v.getDotPath(issue)
  return { ok: false, field, error: `${field ?? 'body'}: ${issue.message}` }
}
