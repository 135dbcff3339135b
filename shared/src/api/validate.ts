import * as v from 'valibot'

/** A value checked against a schema; a refusal names the first offending field (null: the whole value). */
export type Validated<T> = { ok: true; value: T } | { ok: false; field: string | null; error: string }

/**
 * Checks a request (server) or an answer (client) against its schema, so both sides word a refusal
 * the same way: `<field>: <what is wrong>`.
 */
export function validate<S extends v.GenericSchema>(schema: S, value: unknown): Validated<v.InferOutput<S>> {
  const result = v.safeParse(schema, value)
  if (result.success) return { ok: true, value: result.output }
  const [issue] = result.issues
  const field = v.getDotPath(issue)
  return { ok: false, field, error: `${field ?? 'body'}: ${issue.message}` }
}
