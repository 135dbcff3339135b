import { SUPPORTED_LOCALES } from '@jm/shared'
import { describe, expect, it } from 'vitest'
import { allDictionaries } from './allDictionaries.ts'

/**
 * What a language's entry holds, without its words: keys (nested objects included), list lengths and
 * how many arguments each text takes. Every language must have the same one as English.
 */
function shapeOf(value: unknown): unknown {
  if (typeof value === 'function') return `text(${value.length} arguments)`
  if (Array.isArray(value)) return value.map(shapeOf)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, shapeOf(inner)]),
    )
  return typeof value
}

/** Texts that are empty strings, with their paths. */
function* emptyTexts(value: unknown, path: string): Generator<string> {
  if (value === '') yield path
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) yield* emptyTexts(inner, `${path}.${key}`)
}

const dictionaries = Object.entries(allDictionaries())

describe('every dictionary', () => {
  it('is found: the client message files and shared labels', () => {
    expect(dictionaries.length).toBeGreaterThanOrEqual(13)
  })

  it.each(dictionaries)('%s has the same keys in every language, at every depth', (_, dictionary) => {
    const english = shapeOf(dictionary.en)
    for (const locale of SUPPORTED_LOCALES) expect(shapeOf(dictionary[locale]), locale).toEqual(english)
  })

  it.each(dictionaries)('%s has no empty text', (name, dictionary) => {
    const empty = SUPPORTED_LOCALES.flatMap((locale) => [
      ...emptyTexts(dictionary[locale], `${name} ${locale}`),
    ])
    expect(empty).toEqual([])
  })
})
