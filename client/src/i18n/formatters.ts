import type { Locale } from '@jm/shared'

/** Dates, times and numbers written the way readers of one language expect them. */
export interface Formatters {
  date(at: number): string
  dateTime(at: number): string
  number(value: number): string
  /** How long before or after `now` the moment `at` is: "3 days ago", "3天前", "3 天前". */
  relativeTime(at: number, now?: number): string
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** The largest unit that fits the distance is used, rounded: 36 hours is "2 days ago". */
const RELATIVE_UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
]

const NUMERIC_DATE = { year: 'numeric', month: 'numeric', day: 'numeric' } as const
const NUMERIC_TIME = { hour: 'numeric', minute: 'numeric', second: 'numeric' } as const

function createFormatters(locale: Locale): Formatters {
  const date = new Intl.DateTimeFormat(locale, NUMERIC_DATE)
  const dateTime = new Intl.DateTimeFormat(locale, { ...NUMERIC_DATE, ...NUMERIC_TIME })
  const number = new Intl.NumberFormat(locale)
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  return {
    date: (at) => date.format(at),
    dateTime: (at) => dateTime.format(at),
    number: (value) => number.format(value),
    relativeTime(at, now = Date.now()) {
      const distance = at - now
      const fit = RELATIVE_UNITS.find(([, size]) => Math.abs(distance) >= size)
      return fit ? relative.format(Math.round(distance / fit[1]), fit[0]) : relative.format(0, 'second')
    },
  }
}

// Building an Intl formatter is far slower than using one, and lists format a date per row.
const byLocale = new Map<Locale, Formatters>()

export function formattersFor(locale: Locale): Formatters {
  let formatters = byLocale.get(locale)
  if (!formatters) {
    formatters = createFormatters(locale)
    byLocale.set(locale, formatters)
  }
  return formatters
}
