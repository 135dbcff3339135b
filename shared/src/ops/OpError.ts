export type OpErrorCode = 'not-found' | 'invalid' | 'read-only'

/** A refused operation: the document is left untouched. */
export class OpError extends Error {
  constructor(
    readonly code: OpErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'OpError'
  }
}

export function requireEntity<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw new OpError('not-found', `${what} ${id} does not exist`)
  return value
}
