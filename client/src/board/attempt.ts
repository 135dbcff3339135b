import { OpError } from '@jm/shared'

/** Runs an operation; a refused one (e.g. its note was deleted meanwhile) changes nothing and is reported. */
export function attempt<T>(run: () => T): T | null {
  try {
    return run()
  } catch (error) {
    if (error instanceof OpError) {
      console.warn(error.message)
      return null
    }
    throw error
  }
}
