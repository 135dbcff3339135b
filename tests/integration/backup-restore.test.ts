import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addNote, LocalOrigin, readBoard } from '@jm/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { type CreatedBoard, createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { startInProcessServer } from '../helpers/inProcessServer.ts'
import { ops } from '../helpers/opsCli.ts'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

const noteTexts = (client: YClient) =>
  readBoard(client.doc)
    .notes.map((note) => note.text)
    .sort()

describe('backup while running, restore with the server stopped', () => {
  const dirs: string[] = []
  const servers: ServerProcess[] = []
  const clients: YClient[] = []
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    dirs.push(dir)
    return dir
  }
  // No AUTH_SECRET: the secret is generated into DATA_DIR, so the backup must carry it for links to keep working.
  const start = async (dataDir: string) => {
    const server = await startServerProcess(dataDir, { AUTH_SECRET: '' })
    servers.push(server)
    return server
  }
  const connect = async (server: ServerProcess, board: CreatedBoard) => {
    const client = connectClient(server.wsUrl, board.id, board.tokens.editor)
    clients.push(client)
    await client.synced
    return client
  }
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.kill('SIGTERM')
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('serves exactly the backed-up state after a restore, into a fresh directory or in place', {
    timeout: 180_000,
  }, async () => {
    const dataDir = tempDir('jm-live-')
    const live = await start(dataDir)
    const board = await createBoard(live.url, { title: 'Backed up' })
    const writer = await connect(live, board)
    const write = (text: string) => {
      const view = readBoard(writer.doc)
      return addNote(
        writer.doc,
        { stageId: view.stages[0]?.id ?? '', laneId: view.lanes[0]?.id ?? '', author: 'w', now: 1, text },
        new LocalOrigin('writer'),
      )
    }
    write('before 1')
    write('before 2')
    const stored = async (texts: string[]) => {
      const reader = await connect(live, board)
      const seen = noteTexts(reader)
      reader.destroy()
      return texts.every((text) => seen.includes(text))
    }
    await eventually(async () => expect(await stored(['before 1', 'before 2'])).toBe(true))

    // The backup runs while a client keeps writing.
    const backupDir = join(tempDir('jm-backups-'), 'nightly')
    let during = 0
    const backingUp = ops('backup', '--data-dir', dataDir, backupDir)
    const busy = setInterval(() => write(`during ${++during}`), 20)
    const backup = await backingUp
    clearInterval(busy)
    expect(during).toBeGreaterThan(0)
    expect(backup).toMatchObject({ code: 0 })
    expect(backup.out).toContain('backup complete')
    expect(readdirSync(backupDir).sort()).toEqual(['auth-secret', 'backup.json', 'boards.sqlite'])
    write('after backup')
    await eventually(async () => expect(await stored(['after backup'])).toBe(true))

    // Restoring into the live server's directory is refused while it runs, and changes nothing.
    const refused = await ops('restore', '--data-dir', dataDir, backupDir)
    expect(refused.code).toBe(1)
    expect(refused.out).toContain('stop the server before restoring')
    expect(await stored(['after backup'])).toBe(true)

    // Into a fresh directory: the old links work, and the state is the backup's.
    const fresh = tempDir('jm-restored-')
    expect(await ops('restore', '--data-dir', fresh, backupDir)).toMatchObject({ code: 0 })
    const restored = await start(fresh)
    const reader = await connect(restored, board)
    const texts = noteTexts(reader)
    expect(texts).toEqual(expect.arrayContaining(['before 1', 'before 2']))
    expect(texts).not.toContain('after backup')
    // Whatever part of the concurrent writes made it in is a prefix, never a torn write.
    const duringTexts = texts.filter((text) => text.startsWith('during '))
    expect(duringTexts.map((text) => Number(text.slice(7))).sort((a, b) => a - b)).toEqual(
      duringTexts.map((_, index) => index + 1),
    )
    expect(readBoard(reader.doc).meta.title).toBe('Backed up')

    // In place, with the server stopped: the replaced files are kept aside.
    for (const client of clients.splice(0)) client.destroy()
    await live.kill('SIGTERM')
    const inPlace = await ops('restore', '--data-dir', dataDir, backupDir)
    expect(inPlace).toMatchObject({ code: 0 })
    const aside = readdirSync(dataDir).find((name) => name.startsWith('replaced-'))
    expect(aside && existsSync(join(dataDir, aside, 'boards.sqlite'))).toBe(true)
    const again = await start(dataDir)
    const second = await connect(again, board)
    expect(noteTexts(second)).toEqual(texts)
  })

  it('refuses a damaged backup and leaves the data directory alone', async () => {
    const dataDir = tempDir('jm-live-')
    const server = await startInProcessServer({ dataDir })
    await createBoard(server.url)
    await server.close()
    const backupDir = join(tempDir('jm-backups-'), 'b')
    expect(await ops('backup', '--data-dir', dataDir, backupDir)).toMatchObject({ code: 0 })
    const manifest = JSON.parse(readFileSync(join(backupDir, 'backup.json'), 'utf8'))
    writeFileSync(
      join(backupDir, 'backup.json'),
      JSON.stringify({
        ...manifest,
        files: [...manifest.files, { name: 'auth-secret', bytes: 1, sha256: 'x' }],
      }),
    )
    const before = readdirSync(dataDir).sort()
    const refused = await ops('restore', '--data-dir', dataDir, backupDir)
    expect(refused.code).toBe(1)
    expect(refused.out).toContain('auth-secret is missing')
    expect(readdirSync(dataDir).sort()).toEqual(before)
  })
})
