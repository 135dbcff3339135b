import * as v from 'valibot'

/**
 * One environment variable: how its text is read and how the README and the refusal messages
 * describe it. `fallback` is the value when the variable is unset or empty; `undefined` leaves
 * the choice to the code that uses it (the README shows `fallbackText` then).
 */
export interface Variable<T, F extends T | undefined = T> {
  kind: 'integer' | 'boolean' | 'string' | 'URL' | 'path' | 'list'
  /** What a value must look like, phrased to follow "is not accepted:". */
  accepts: string
  schema: v.GenericSchema<string, T>
  fallback: F
  fallbackText?: string
  meaning: string
  /** The value as a refusal quotes it, for variables that may carry a password. */
  shown?: (raw: string) => string
}

/** setTimeout and setInterval treat longer delays as 1 ms, so no duration may exceed this. */
export const MAX_TIMER_MS = 2 ** 31 - 1

interface WholeOptions {
  /** Plural, as in "a whole number of bytes"; none for plain counts like a port. */
  unit?: string
  min: number
  max: number
  /** What 0 does when it is allowed and special (the rate limits: off). */
  zeroMeans?: string
  fallback: number
  meaning: string
}

export function whole(options: WholeOptions): Variable<number> {
  const { unit, min, max, zeroMeans } = options
  const low = min === 0 && zeroMeans ? `0 (${zeroMeans})` : String(min)
  return {
    kind: 'integer',
    // Digits only: Number() would also take "1e6", "0x10" or " 5", and turns "64MB" into NaN.
    schema: v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number), v.minValue(min), v.maxValue(max)),
    accepts: `a whole number${unit ? ` of ${unit}` : ''} from ${low} to ${max}`,
    fallback: options.fallback,
    meaning: options.meaning,
  }
}

const TRUE_WORDS = ['1', 'true', 'yes']
const FALSE_WORDS = ['0', 'false', 'no']

export function flag(fallback: boolean, meaning: string): Variable<boolean> {
  return {
    kind: 'boolean',
    schema: v.pipe(
      v.string(),
      v.transform((raw) => raw.toLowerCase()),
      v.picklist([...TRUE_WORDS, ...FALSE_WORDS]),
      v.transform((word) => TRUE_WORDS.includes(word)),
    ),
    accepts: 'true or false (also 1 or 0, yes or no)',
    fallback,
    meaning,
  }
}

interface TextOptions<F extends string | undefined> {
  accepts: string
  fallback: F
  fallbackText?: string
  meaning: string
}

export function text<F extends string | undefined>(
  options: TextOptions<F> & { pattern?: RegExp },
): Variable<string, F> {
  return {
    kind: 'string',
    schema: options.pattern ? v.pipe(v.string(), v.regex(options.pattern)) : v.string(),
    accepts: options.accepts,
    fallback: options.fallback,
    fallbackText: options.fallbackText,
    meaning: options.meaning,
  }
}

/** Paths are taken as given; main.ts resolves relative ones against where pnpm was run. */
export function path<F extends string | undefined>(options: TextOptions<F>): Variable<string, F> {
  return { kind: 'path', schema: v.string(), ...options }
}

/** Hides the password of `scheme://user:password@host`, which must not reach a log. */
const withoutPassword = (raw: string) => raw.replace(/:[^:@/]*@/, ':***@')

/** A URL with one of `schemes` (without "://"); `orAbsolutePath` also takes a Unix socket path. */
export function url(options: {
  schemes: string[]
  orAbsolutePath?: string
  fallbackText: string
  meaning: string
}): Variable<string, undefined> {
  const { schemes, orAbsolutePath } = options
  const hasScheme = (raw: string) => schemes.some((scheme) => raw.startsWith(`${scheme}://`))
  const choices = schemes.map((scheme) => `${scheme}://`).join(' or ')
  return {
    kind: 'URL',
    schema: v.pipe(
      v.string(),
      v.check(
        (raw) =>
          (orAbsolutePath !== undefined && raw.startsWith('/')) || (hasScheme(raw) && URL.canParse(raw)),
      ),
    ),
    accepts: `a ${choices} URL${orAbsolutePath ? `, or ${orAbsolutePath}` : ''}`,
    fallback: undefined,
    fallbackText: options.fallbackText,
    meaning: options.meaning,
    shown: withoutPassword,
  }
}

/** A comma-separated list of web origins, each exactly as a browser sends it in `Origin`. */
export function origins(meaning: string): Variable<string[]> {
  return {
    kind: 'list',
    schema: v.pipe(
      v.string(),
      v.transform((raw) =>
        raw
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      ),
      // Origins are compared as strings, so "https://a.example/" (a trailing slash) would never match.
      v.check((items) => items.every((item) => URL.canParse(item) && new URL(item).origin === item)),
    ),
    accepts: 'comma-separated origins such as https://app.example.com (scheme, host and port only)',
    fallback: [],
    fallbackText: '(none)',
    meaning,
  }
}
