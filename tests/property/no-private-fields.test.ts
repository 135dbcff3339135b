import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return []
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** `x._field`, `x?._field` and `x['_field']`: how code reaches a member its package keeps private. */
const PRIVATE_MEMBER = /\??\._[A-Za-z]|\[\s*['"`]_[A-Za-z]/

/**
 * Underscore names that are our own, not another package's (none so far). A name added here must be
 * defined in client/src, server/src or shared/src.
 */
const OWN_UNDERSCORE_NAMES: string[] = []

/** Lines of code, without comments (a comment may name a private field to say why it is not used). */
function codeLines(text: string): string[] {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((line) => line.replace(/(^|[^:'"`])\/\/.*$/, '$1'))
}

describe('reliance on other packages', () => {
  it('reads or writes no _-prefixed member of another package (yjs, y-protocols, lib0, ws, hono...) in our sources and tests', () => {
    // This file is left out: its examples below are such accesses, in strings.
    const files = ['client/src', 'server/src', 'shared/src', 'shared/test', 'tests']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => file !== import.meta.filename)
    expect(files.length).toBeGreaterThan(100)
    const offenders = files.flatMap((file) =>
      codeLines(readFileSync(file, 'utf8')).flatMap((line, index) => {
        const match = PRIVATE_MEMBER.exec(line)
        if (!match || OWN_UNDERSCORE_NAMES.some((name) => line.includes(`._${name}`))) return []
        return [`${relative(root, file)}:${index + 1}: ${line.trim()}`]
      }),
    )
    expect(offenders).toEqual([])
  })

  it('catches the ways such a member is reached', () => {
    const caught = (line: string) => PRIVATE_MEMBER.test(codeLines(line).join('\n'))
    expect(caught('const socket = (raw as unknown as { _socket?: Socket })._socket')).toBe(true)
    expect(caught('if (doc._transaction !== null) catchUp()')).toBe(true)
    expect(caught("const db = local['_db']")).toBe(true)
    expect(caught('provider?._updateHandler')).toBe(true)
    expect(caught('const listener = (_update: Uint8Array, origin: unknown) => {}')).toBe(false)
    expect(caught("// y-indexeddb's _storeUpdate is private")).toBe(false)
    expect(caught('const url = `ws://host/_sync`')).toBe(false)
  })
})
