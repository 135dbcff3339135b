// Builds the client into a folder beside its output and swaps it in only once it is whole and within
// the bundle budget. `vite build` alone empties the output first, and a server running from it (`pnpm
// start` rebuilds under one) would find no index.html for the length of the build. The swap is two
// renames; the server keeps the index.html it last read for the instant between them (staticClient.ts).
// Usage: node scripts/build.mjs [output folder, client/dist by default]
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

// A production build whatever the caller's environment: under vitest NODE_ENV is 'test', and Vite
// would then keep the libraries' development branches (a bigger bundle than the one users load).
process.env.NODE_ENV = 'production'

const clientRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = resolve(process.argv[2] ?? join(clientRoot, 'dist'))
const next = `${outDir}.next-${process.pid}`
const old = `${outDir}.old-${process.pid}`

const running = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}
// A build that was killed leaves its folder behind; one still running elsewhere keeps its own.
for (const name of existsSync(dirname(outDir)) ? readdirSync(dirname(outDir)) : []) {
  const [, base, pid] = /^(.+)\.(?:next|old)-(\d+)$/.exec(name) ?? []
  if (base === basename(outDir) && !running(Number(pid))) {
    rmSync(join(dirname(outDir), name), { recursive: true, force: true })
  }
}

try {
  await build({ root: clientRoot, build: { outDir: next, emptyOutDir: true } })
  const budget = spawnSync(process.execPath, [join(clientRoot, 'scripts', 'check-bundle-budget.mjs'), next], {
    stdio: 'inherit',
  })
  if (budget.status === 0) {
    if (existsSync(outDir)) renameSync(outDir, old)
    renameSync(next, outDir)
    rmSync(old, { recursive: true, force: true })
  } else {
    process.exitCode = 1
  }
} finally {
  rmSync(next, { recursive: true, force: true })
}
