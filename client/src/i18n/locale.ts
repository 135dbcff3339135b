import { isLocale, type Locale } from '@jm/shared'
import { createSignal } from 'solid-js'
import { MESSAGES, type Messages } from './messages.ts'

const STORAGE_KEY = 'jm-locale'

function detectLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY)
  if (isLocale(saved)) return saved
  for (const language of navigator.languages ?? [navigator.language]) {
    const lower = language.toLowerCase()
    if (lower.startsWith('zh')) return /tw|hk|mo|hant/.test(lower) ? 'zh-TW' : 'zh-CN'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}

const [locale, setLocaleSignal] = createSignal<Locale>(detectLocale())

export { locale }

export function setLocale(next: Locale): void {
  localStorage.setItem(STORAGE_KEY, next)
  document.documentElement.lang = next
  setLocaleSignal(next)
}

/** The messages of the current locale; reactive. */
export const t = (): Messages => MESSAGES[locale()]
