import * as v from 'valibot'
import { SUPPORTED_LOCALES } from '../schema/board.ts'

/**
 * The formats of `GET /api/boards/:id/export?format=…` (any role), in the order a menu lists them;
 * `actions.csv` is the board's actions, a row each.
 */
export const EXPORT_FORMATS = ['pdf', 'png', 'md', 'csv', 'actions.csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const ExportQuery = v.object({ format: v.optional(v.picklist(EXPORT_FORMATS), 'json') })
export type ExportQuery = v.InferOutput<typeof ExportQuery>

/**
 * `POST /api/boards/import?title=…&locale=…`: the body is a JSON export or a CSV (told apart by its
 * content type, else by its first character), answered 201 with a CreatedBoard. The title and the
 * language are a CSV's, which carries neither; a language the app does not have becomes English.
 */
export const ImportQuery = v.object({
  title: v.optional(v.string()),
  locale: v.fallback(v.picklist(SUPPORTED_LOCALES), 'en'),
})
export type ImportQuery = v.InferOutput<typeof ImportQuery>
