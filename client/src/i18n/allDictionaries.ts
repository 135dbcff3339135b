import {
  ACTION_STATUS_LABELS,
  type Dictionary,
  LANE_KIND_LABELS,
  MAP_TYPE_LABELS,
  PERSONA_ROLE_LABELS,
  SUPPORTED_LOCALES,
} from '@jm/shared'
import { REPORT_LABELS } from '@jm/shared/io'

/**
 * Every dictionary of the interface, for the tests that check them all (complete keys, Traditional
 * characters): the client's are found by their file name, `*Messages.ts`, so a new one is checked
 * without being listed; shared's are the labels the client shows and the server's exports print.
 */
export function allDictionaries(): Record<string, Dictionary<unknown>> {
  const found: Record<string, Dictionary<unknown>> = {
    ACTION_STATUS_LABELS,
    LANE_KIND_LABELS,
    MAP_TYPE_LABELS,
    PERSONA_ROLE_LABELS,
    REPORT_LABELS,
  }
  const modules = import.meta.glob<Record<string, unknown>>('../**/*Messages.ts', { eager: true })
  for (const [path, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (isDictionary(value)) found[`${path.replace(/^\.\.\//, '')}: ${name}`] = value
    }
  }
  return found
}

function isDictionary(value: unknown): value is Dictionary<unknown> {
  if (!value || typeof value !== 'object') return false
  const keys = Object.keys(value)
  return (
    keys.length === SUPPORTED_LOCALES.length && SUPPORTED_LOCALES.every((locale) => keys.includes(locale))
  )
}
