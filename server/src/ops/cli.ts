import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { backupDataDir } from './backup.ts'
import { restoreDataDir } from './restore.ts'

/**
 * `pnpm backup [--data-dir DIR] [OUT_DIR]` and `pnpm restore [--data-dir DIR] BACKUP_DIR`.
 * An entry point like main.ts, so it reads DATA_DIR (the server's default) from the environment.
 */
const [command, ...rest] = process.argv.slice(2)
const { values, positionals } = parseArgs({
  args: rest,
  options: { 'data-dir': { type: 'string' } },
  allowPositionals: true,
})
// Relative paths are relative to where the operator ran pnpm (pnpm sets INIT_CWD), as for the server.
const invokedFrom = process.env.INIT_CWD ?? process.cwd()
const dataDir = resolve(invokedFrom, values['data-dir'] ?? process.env.DATA_DIR ?? './data')

try {
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const outDir = resolve(invokedFrom, positionals[0] ?? `./backups/${stamp}`)
    const manifest = await backupDataDir(dataDir, outDir)
    console.log(JSON.stringify({ event: 'backup complete', outDir, ...manifest }))
  } else if (command === 'restore' && positionals[0]) {
    const report = restoreDataDir(resolve(invokedFrom, positionals[0]), dataDir)
    console.log(JSON.stringify({ event: 'restore complete', dataDir, ...report }))
  } else {
    console.error('usage: pnpm backup [--data-dir DIR] [OUT_DIR] | pnpm restore [--data-dir DIR] BACKUP_DIR')
    process.exitCode = 2
  }
} catch (error) {
  console.error(`${command} failed: ${(error as Error).message}`)
  process.exitCode = 1
}
