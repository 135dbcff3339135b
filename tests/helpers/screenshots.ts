import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url))

/**
 * Where an e2e test saves a screenshot: docs/ (the README's pictures) when run with
 * UPDATE_SCREENSHOTS=1, a temporary folder otherwise, so a test run leaves the work tree clean.
 */
export function screenshotPath(name: string): string {
  if (process.env.UPDATE_SCREENSHOTS === '1') return join(DOCS, name)
  const dir = join(tmpdir(), 'jm-screenshots')
  mkdirSync(dir, { recursive: true })
  return join(dir, name)
}
