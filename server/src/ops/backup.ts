import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

export const MANIFEST = 'backup.json'

export interface BackupManifest {
  createdAt: string
  source: string
  files: { name: string; bytes: number; sha256: string }[]
}

/** SQLite's side files: never copied; the online backup already contains what they hold. */
export const isSqliteSideFile = (name: string): boolean => /-(wal|shm|journal)$/.test(name)
const isSqliteFile = (name: string): boolean => /\.(sqlite|sqlite3|db)$/.test(name)

export const sha256Of = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex')

/**
 * Copies DATA_DIR into `outDir` while the server keeps running. Each SQLite database goes through
 * SQLite's online backup API in a single step, so the copy is one consistent snapshot even while
 * the relay appends (WAL mode lets the writer carry on meanwhile). Other files (the token secret)
 * are copied as they are. A manifest with checksums lets restore refuse a damaged backup.
 */
export async function backupDataDir(
  dataDir: string,
  outDir: string,
  now = new Date(),
): Promise<BackupManifest> {
  if (!existsSync(dataDir)) throw new Error(`there is no data directory at ${dataDir}`)
  if (existsSync(outDir) && readdirSync(outDir).length > 0)
    throw new Error(`${outDir} is not empty; choose a new directory for the backup`)
  mkdirSync(outDir, { recursive: true })
  const manifest: BackupManifest = { createdAt: now.toISOString(), source: dataDir, files: [] }
  for (const name of readdirSync(dataDir).sort()) {
    const from = join(dataDir, name)
    if (!statSync(from).isFile() || isSqliteSideFile(name)) continue
    const to = join(outDir, name)
    if (isSqliteFile(name)) await backupDatabase(from, to)
    else copyFileSync(from, to)
    manifest.files.push({ name, bytes: statSync(to).size, sha256: sha256Of(to) })
  }
  writeFileSync(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

async function backupDatabase(from: string, to: string): Promise<void> {
  const source = new Database(from, { fileMustExist: true })
  try {
    source.pragma('busy_timeout = 5000')
    // One step copies every page under a single read lock: a consistent snapshot.
    await source.backup(to, { progress: () => 0x7fffffff })
  } finally {
    source.close()
  }
  const copy = new Database(to)
  try {
    const check = copy.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new Error(`the backup of ${from} failed its integrity check: ${String(check)}`)
  } finally {
    copy.close()
  }
}
