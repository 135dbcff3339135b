import { type ErrorAnswer, validate } from '@jm/shared/api'
import type { Context } from 'hono'
import type * as v from 'valibot'

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response }

/** A JSON body checked against its schema; a refusal is a 400 that names the offending field. */
export async function parseJsonBody<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<Parsed<v.InferOutput<S>>> {
  let raw: unknown
  try {
    const text = await c.req.text()
    raw = text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    return { ok: false, response: c.json({ error: 'the body is not valid JSON' } satisfies ErrorAnswer, 400) }
  }
  return parsed(c, schema, raw)
}

/** The route's path parameters, checked like a body. */
export function parseParams<S extends v.GenericSchema>(c: Context, schema: S): Parsed<v.InferOutput<S>> {
  return parsed(c, schema, c.req.param())
}

/** The query string, checked like a body. */
export function parseQuery<S extends v.GenericSchema>(c: Context, schema: S): Parsed<v.InferOutput<S>> {
  return parsed(c, schema, c.req.query())
}

function parsed<S extends v.GenericSchema>(c: Context, schema: S, raw: unknown): Parsed<v.InferOutput<S>> {
  const result = validate(schema, raw)
  if (result.ok) return result
  const { error, field } = result
  return { ok: false, response: c.json({ error, field } satisfies ErrorAnswer, 400) }
}
