import type { Dictionary, Locale } from '@jm/shared'
import { createSignal } from 'solid-js'
import { type Formatters, formattersFor } from './formatters.ts'
import { preferredLocale } from './preferredLocale.ts'

const STORAGE_KEY = 'jm-locale'

// Empty until startI18n(): a module that read the language while loading would keep that reading.
const [current, setCurrent] = createSignal<Locale>()

/** Picks the page's language (the choice saved on this device, else the browser's); main.tsx calls it before rendering. */
export function startI18n(): void {
  show(preferredLocale(localStorage.getItem(STORAGE_KEY), navigator.languages ?? [navigator.language]))
}

/** Re-renders every text and date in `next` at once, and remembers the choice on this device. */
export function setLocale(next: Locale): void {
  localStorage.setItem(STORAGE_KEY, next)
  show(next)
}

function show(next: Locale): void {
  // Screen readers, fonts and line breaking follow the page's lang.
  document.documentElement.lang = next
  setCurrent(next)
}

/** The page's language; reactive. */
export function locale(): Locale {
  const chosen = current()
  if (!chosen) throw new Error('the language is read before startI18n()')
  return chosen
}

/** The current language's texts of one dictionary; reactive. */
export const t = <Texts>(dictionary: Dictionary<Texts>): Texts => dictionary[locale()]

/** Dates, times and numbers in the current language; reactive. */
export const format = (): Formatters => formattersFor(locale())
