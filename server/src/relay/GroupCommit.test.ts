import { expect, it } from 'vitest'
import * as Y from 'yjs'
import { GroupCommit, type StagedUpdate } from './GroupCommit.ts'

function edits(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) doc.getText('t').insert(i, String(i % 10))
  return updates
}

it('appends what arrives in one event-loop turn, then what arrives during an append, each as one merged entry, releasing nothing before it is stored', async () => {
  const appended: Uint8Array[] = []
  const released: { batch: StagedUpdate[]; storedId: number }[] = []
  const finishAppend: (() => void)[] = []
  const commit = new GroupCommit({
    append: (update) =>
      new Promise((resolve) => {
        appended.push(update)
        finishAppend.push(() => resolve(appended.length))
      }),
    release: (batch, storedId) => released.push({ batch, storedId }),
    stateVector: () => new Uint8Array(),
    onError: (error) => {
      throw error
    },
  })
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve))
  const updates = edits(5).map((update) => ({ update }))
  const [first, second, ...rest] = updates
  commit.stage(first as StagedUpdate)
  commit.stage(second as StagedUpdate)
  expect(appended).toHaveLength(0)
  await nextTurn()
  // The two of the same turn go into storage together.
  expect(appended).toHaveLength(1)
  for (const entry of rest) commit.stage(entry)
  await nextTurn()
  expect(appended).toHaveLength(1)
  expect(released).toEqual([])

  finishAppend.shift()?.()
  await nextTurn()
  expect(released.map((r) => r.batch)).toEqual([[first, second]])
  // The three that waited for the append go into storage together.
  expect(appended).toHaveLength(2)
  const stored = new Y.Doc()
  for (const entry of appended) Y.applyUpdate(stored, entry)
  expect(stored.getText('t').toString()).toBe('01234')

  const durable = commit.durable()
  finishAppend.shift()?.()
  await durable
  expect(released.map((r) => r.batch.length)).toEqual([2, 3])
  expect(released.map((r) => r.storedId)).toEqual([1, 2])
  expect(released[1]?.batch).toEqual(rest)
})

it('rejects durable() when storing fails, and reports the failure', async () => {
  const failures: unknown[] = []
  const commit = new GroupCommit({
    append: async () => {
      throw new Error('disk full')
    },
    release: () => {
      throw new Error('nothing may be released')
    },
    stateVector: () => new Uint8Array(),
    onError: (error) => failures.push(error),
  })
  commit.stage({ update: edits(1)[0] as Uint8Array })
  await expect(commit.durable()).rejects.toThrow('disk full')
  expect(failures).toHaveLength(1)
})
