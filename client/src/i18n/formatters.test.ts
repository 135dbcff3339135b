import { SUPPORTED_LOCALES } from '@jm/shared'
import { describe, expect, it } from 'vitest'
import { formattersFor } from './formatters.ts'

const MAY_3_2025_AFTERNOON = Date.UTC(2025, 4, 3, 14, 5, 9)
const DAY = 24 * 60 * 60 * 1000

describe('the formatters', () => {
  it('write the same moment differently in each language', () => {
    const written = SUPPORTED_LOCALES.map((locale) => formattersFor(locale).dateTime(MAY_3_2025_AFTERNOON))
    expect(new Set(written).size).toBe(SUPPORTED_LOCALES.length)
    expect(formattersFor('en').date(MAY_3_2025_AFTERNOON)).toMatch(/^\d+\/\d+\/2025$/)
    expect(formattersFor('zh-CN').date(MAY_3_2025_AFTERNOON)).toMatch(/^2025\/\d+\/\d+$/)
  })

  it('say how long ago in each language, in the largest unit that fits', () => {
    const now = MAY_3_2025_AFTERNOON
    expect(formattersFor('en').relativeTime(now - 3 * DAY, now)).toBe('3 days ago')
    expect(formattersFor('zh-CN').relativeTime(now - 3 * DAY, now)).toBe('3天前')
    expect(formattersFor('zh-TW').relativeTime(now - 3 * DAY, now)).toBe('3 天前')
    expect(formattersFor('en').relativeTime(now - DAY, now)).toBe('yesterday')
    expect(formattersFor('en').relativeTime(now - 2 * 60 * 60 * 1000, now)).toBe('2 hours ago')
    expect(formattersFor('en').relativeTime(now - 10_000, now)).toBe('now')
  })

  it('group the digits of numbers', () => {
    expect(formattersFor('en').number(1234567.5)).toBe('1,234,567.5')
  })
})
