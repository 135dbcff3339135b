import * as v from 'valibot'

/** One problem in an imported file; `line` is 1-based, null when the problem is not tied to a line. */
export const ImportIssue = v.object({ line: v.nullable(v.number()), problem: v.string() })
export type ImportIssue = v.InferOutput<typeof ImportIssue>

/**
 * The body of every refusal (4xx) and failure (5xx) under /api: why, in English. A 400 for a request
 * that does not match its schema names the `field`; a refused import lists its `issues`.
 */
export const ErrorAnswer = v.object({
  error: v.string(),
  field: v.optional(v.nullable(v.string())),
  issues: v.optional(v.array(ImportIssue)),
})
export type ErrorAnswer = v.InferOutput<typeof ErrorAnswer>
