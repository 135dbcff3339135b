import type { Context } from 'hono'
import * as v from 'valibot'

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response }

/** Parses a JSON body against a schema; a refusal is a 400 that names the offending field. */
export async function parseJsonBody<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<Parsed<v.InferOutput<S>>> {
  let raw: unknown
  try {
    const text = await c.req.text()
    raw = text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    return { ok: false, response: c.json({ error: 'the body is not valid JSON' }, 400) }
  }
  const result = v.safeParse(schema, raw)
  if (result.success) return { ok: true, value: result.output }
  const issue = result.issues[0]
  const field = issue ? v.getDotPath(issue) : null
  return {
    ok: false,
    response: c.json({ error: `${field ?? 'body'}: ${issue?.message ?? 'invalid'}`, field }, 400),
  }
}
