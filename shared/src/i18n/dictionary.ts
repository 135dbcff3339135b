import type { Locale } from '../schema/board.ts'

/**
 * One area's texts, complete in every supported language. Each language's entry has the whole
 * `Texts` type, so a text missing in one of them fails to compile instead of showing another
 * language's text at run time.
 */
export type Dictionary<Texts> = Readonly<Record<Locale, Texts>>
