import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return []
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return testFiles(path)
    return entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('how tests wait', () => {
  it('polls through eventually(), whose deadline holds on a loaded machine, never vi.waitFor with its 1 s default', () => {
    // Tests that wait on servers, sockets or browsers; client and shared unit tests wait on nothing external.
    const files = ['tests', 'server/src'].flatMap((dir) => testFiles(join(root, dir)))
    expect(files.length).toBeGreaterThan(50)
    const offenders = files
      .filter((file) => /vi\.waitFor\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
    expect(offenders).toEqual([])
  })
})
