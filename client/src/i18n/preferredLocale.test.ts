import { describe, expect, it } from 'vitest'
import { preferredLocale } from './preferredLocale.ts'

describe('the preferred language', () => {
  it('is the one chosen on this device, whatever the browser says', () => {
    expect(preferredLocale('zh-TW', ['en-US'])).toBe('zh-TW')
  })

  it('is otherwise the first browser language the app has, in the script its region writes', () => {
    expect(preferredLocale(null, ['fr-FR', 'zh-HK', 'en'])).toBe('zh-TW')
    expect(preferredLocale(null, ['zh-Hans-SG'])).toBe('zh-CN')
    expect(preferredLocale('klingon', ['en-GB', 'zh-CN'])).toBe('en')
    expect(preferredLocale(null, ['fr-FR'])).toBe('en')
  })
})
