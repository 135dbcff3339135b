// Fails the build when the board's first-load JavaScript is over budget (gzip). First load is the
// entry script of index.html plus every chunk it imports statically; lazily imported chunks (the
// tldraw canvas) are not counted because the board never waits for them.
// Usage: node scripts/check-bundle-budget.mjs [built folder, client/dist by default]
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, posix, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 120 * 1000
const dist = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'))
const html = readFileSync(join(dist, 'index.html'), 'utf8')

const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1])
const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1])
if (entries.length === 0) throw new Error(`no module entry script found in ${join(dist, 'index.html')}`)

// Static imports only: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[^'"();]*?\sfrom\s*)?["']([^"']+\.js)["']/g
const seen = new Set()
const visit = (url) => {
  const path = url.replace(/^\//, '')
  if (seen.has(path) || !existsSync(join(dist, path))) return
  seen.add(path)
  const code = readFileSync(join(dist, path), 'utf8')
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const target = match[1]
    if (target.startsWith('.')) visit(posix.join(posix.dirname(path), target))
    else if (target.startsWith('/')) visit(target)
  }
}
for (const url of [...entries, ...preloads]) visit(url)

let total = 0
for (const path of seen) {
  const size = gzipSync(readFileSync(join(dist, path)), { level: 9 }).length
  total += size
  console.log(`  ${path}  ${(size / 1000).toFixed(1)} kB gzip`)
}
const summary = `first-load JS of the board: ${(total / 1000).toFixed(1)} kB gzip (budget ${BUDGET_BYTES / 1000} kB)`
if (total > BUDGET_BYTES) {
  console.error(`${summary}: OVER BUDGET`)
  process.exit(1)
}
console.log(summary)
