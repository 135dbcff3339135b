import type { ImportIssue } from '../api/errors.ts'

/** At most this many problems are listed, so a wholly wrong file gives a readable answer. */
export const MAX_REPORTED_ISSUES = 10

/** A refused import: nothing was created. The message names each line and its problem. @public */
export class ImportError extends Error {
  readonly issues: ImportIssue[]

  constructor(issues: ImportIssue[]) {
    const listed = issues.slice(0, MAX_REPORTED_ISSUES)
    super(listed.map(formatIssue).join('; ') + (issues.length > listed.length ? '; …' : ''))
    this.name = 'ImportError'
    this.issues = listed
  }
}

export function formatIssue(issue: ImportIssue): string {
  return issue.line === null ? issue.problem : `line ${issue.line}: ${issue.problem}`
}

/** 1-based line of a UTF-16 offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
