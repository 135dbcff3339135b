import type { Dictionary, Locale } from '@jm/shared'
import {
  type Accessor,
  createContext,
  createRenderEffect,
  createSignal,
  type JSX,
  useContext,
} from 'solid-js'
import { type Formatters, formattersFor } from './formatters.ts'
import { preferredLocale } from './preferredLocale.ts'

const STORAGE_KEY = 'jm-locale'

export interface I18n {
  locale: Accessor<Locale>
  /** Re-renders every text and date in `next` at once, and remembers the choice on this device. */
  setLocale(next: Locale): void
  /** The current language's texts of one dictionary; reactive. */
  t<Texts>(dictionary: Dictionary<Texts>): Texts
  /** Dates, times and numbers in the current language; reactive. */
  format: Accessor<Formatters>
}

const I18nContext = createContext<I18n>()

/** The page's language: chosen when the app starts, not when a module loads, and switchable live. */
export function I18nProvider(props: { children: JSX.Element }) {
  const [locale, setLocaleSignal] = createSignal(
    preferredLocale(localStorage.getItem(STORAGE_KEY), navigator.languages ?? [navigator.language]),
  )
  // Screen readers, fonts and hyphenation follow the page's lang.
  createRenderEffect(() => {
    document.documentElement.lang = locale()
  })
  const i18n: I18n = {
    locale,
    setLocale(next) {
      localStorage.setItem(STORAGE_KEY, next)
      setLocaleSignal(next)
    },
    t: (dictionary) => dictionary[locale()],
    format: () => formattersFor(locale()),
  }
  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n)
    throw new Error('useI18n() is called outside <I18nProvider> or after a component has been set up')
  return i18n
}
