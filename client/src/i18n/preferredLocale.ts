import { isLocale, type Locale } from '@jm/shared'

/** The language chosen last on this device, else the first of the browser's languages the app has. */
export function preferredLocale(saved: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(saved)) return saved
  for (const language of browserLanguages) {
    const lower = language.toLowerCase()
    if (lower.startsWith('zh')) return /tw|hk|mo|hant/.test(lower) ? 'zh-TW' : 'zh-CN'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}
