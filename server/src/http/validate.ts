import { type ErrorAnswer, type Schema, validate } from '@jm/shared/api'
import type { Context } from 'hono'

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response }

/** A JSON body checked against its schema; a refusal is a 400 that names the offending field. */
export async function parseJsonBody<T>(c: Context, schema: Schema<T>): Promise<Parsed<T>> {
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
export function parseParams<T>(c: Context, schema: Schema<T>): Parsed<T> {
  return parsed(c, schema, c.req.param())
}

/** The query string, checked like a body. */
export function parseQuery<T>(c: Context, schema: Schema<T>): Parsed<T> {
  return parsed(c, schema, c.req.query())
}

function parsed<T>(c: Context, schema: Schema<T>, raw: unknown): Parsed<T> {
  const result = validate(schema, raw)
  if (result.ok) return result
  const { error, field } = result
  return { ok: false, response: c.json({ error, field } satisfies ErrorAnswer, 400) }
}
