import { OpError } from './OpError.ts'

/** A string of at most `max` characters (trimmed when `trim`), or a refusal naming the field. */
export function requireText(
  value: unknown,
  what: string,
  max: number,
  options: { nonEmpty?: boolean } = {},
): string {
  if (typeof value !== 'string') throw new OpError('invalid', `${what} must be text`)
  if (value.length > max) throw new OpError('invalid', `${what} is over ${max} characters`)
  if (options.nonEmpty && value.trim() === '') throw new OpError('invalid', `${what} must not be empty`)
  return value
}

export function requireOneOf<T extends string>(value: unknown, what: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new OpError('invalid', `unknown ${what} ${String(value)}`)
  }
  return value as T
}

/** A finite number or null (for "not set"). */
export function requireNumberOrNull(value: unknown, what: string): number | null {
  if (value === null) return null
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new OpError('invalid', `${what} must be a finite number or empty`)
  }
  return value
}

/** A position in a list: a whole number, at least 0 (past the end means "at the end"). */
export function requireIndex(value: unknown, what = 'index'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new OpError('invalid', `${what} must be a whole number of at least 0`)
  }
  return value
}

/** An optional caller-chosen id: short, URL-safe, unused. */
export function requireNewId(value: string, exists: boolean, what: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw new OpError('invalid', `${what} id "${value}" is malformed`)
  if (exists) throw new OpError('invalid', `${what} ${value} already exists`)
  return value
}
