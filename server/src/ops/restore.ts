import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { type BackupManifest, isSqliteSideFile, MANIFEST, sha256Of } from './backup.ts'

export interface RestoreReport {
  restored: string[]
  /** Where the files that were replaced now are (nothing is deleted); null when there were none. */
  replacedInto: string | null
}

/**
 * Restores a backup made by `backupDataDir` into `dataDir`, which must not be in use by a running
 * server. Checks the whole backup first, so a damaged one changes nothing. Files it replaces, and
 * SQLite's side files (a stale WAL would be replayed into the restored database), are moved aside
 * into `replaced-<time>/` inside the data directory rather than deleted.
 */
export function restoreDataDir(backupDir: string, dataDir: string, now = new Date()): RestoreReport {
  const manifest = readManifest(backupDir)
  for (const file of manifest.files) {
    const path = join(backupDir, file.name)
    if (!existsSync(path)) throw new Error(`the backup is incomplete: ${file.name} is missing`)
    if (sha256Of(path) !== file.sha256)
      throw new Error(`the backup is damaged: ${file.name} does not match its checksum`)
  }
  mkdirSync(dataDir, { recursive: true })
  for (const file of manifest.files) {
    if (/\.(sqlite|sqlite3|db)$/.test(file.name)) assertNotInUse(join(dataDir, file.name))
  }

  const names = new Set(manifest.files.map((file) => file.name))
  const replaced = readdirSync(dataDir).filter(
    (name) =>
      names.has(name) || (isSqliteSideFile(name) && names.has(name.replace(/-(wal|shm|journal)$/, ''))),
  )
  let replacedInto: string | null = null
  if (replaced.length > 0) {
    replacedInto = join(dataDir, `replaced-${now.toISOString().replace(/[:.]/g, '-')}`)
    mkdirSync(replacedInto)
    for (const name of replaced) renameSync(join(dataDir, name), join(replacedInto, name))
  }
  for (const file of manifest.files) {
    const staging = join(dataDir, `.${file.name}.restoring`)
    copyFileSync(join(backupDir, file.name), staging)
    renameSync(staging, join(dataDir, file.name))
  }
  return { restored: manifest.files.map((file) => file.name), replacedInto }
}

function readManifest(backupDir: string): BackupManifest {
  const path = join(backupDir, MANIFEST)
  if (!existsSync(path)) throw new Error(`${backupDir} is not a backup (no ${MANIFEST})`)
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest
  if (!Array.isArray(manifest.files) || manifest.files.some((file) => /[/\\]|^\.\.?$/.test(file.name)))
    throw new Error(`${MANIFEST} in ${backupDir} is not valid`)
  return manifest
}

/** A running server keeps its database open; taking an exclusive lock fails while it does. */
function assertNotInUse(file: string): void {
  if (!existsSync(file)) return
  const db = new Database(file, { fileMustExist: true, timeout: 0 })
  try {
    db.pragma('locking_mode = EXCLUSIVE')
    db.exec('BEGIN EXCLUSIVE')
    db.exec('COMMIT')
  } catch {
    throw new Error(`${file} is in use: stop the server before restoring into this data directory`)
  } finally {
    db.close()
  }
}
