import { createHash } from 'node:crypto'
import { expect, it } from 'vitest'
import type { BlobInfo } from './BlobStore.ts'
import type { ContractSubject } from './docStoreContract.ts'

const MiB = 1024 * 1024

function blobOf(text: string, name = 'notes.txt'): { blob: BlobInfo; data: Uint8Array } {
  const data = new TextEncoder().encode(text)
  const hash = createHash('sha256').update(data).digest('hex')
  return { blob: { hash, size: data.byteLength, type: 'text/plain', name }, data }
}

/**
 * What the attachment routes rely on from any BlobStore (memory, SQLite, PostgreSQL). Call inside
 * a `describe` per implementation; board names are unique per test, so one database serves all.
 */
export function runBlobStoreContract(subject: ContractSubject): void {
  it('reads a blob back only through a board that uses it', async () => {
    const store = await subject.open()
    const { blob, data } = blobOf('interview transcript')
    expect(await store.putBlob('blob-a', blob, data, MiB)).toEqual(blob)
    expect(await store.getBlob('blob-a', blob.hash)).toEqual({ blob, data })
    expect(await store.getBlob('blob-b', blob.hash)).toBeNull()
    expect(await store.getBlob('blob-a', blobOf('other').blob.hash)).toBeNull()
    await store.close()
    if (!subject.durable) return
    const reopened = await subject.open()
    expect(await reopened.getBlob('blob-a', blob.hash)).toEqual({ blob, data })
    await reopened.close()
  })

  it('counts a blob once per board against its cap, and keeps the name of its first upload', async () => {
    const store = await subject.open()
    const first = blobOf('0123456789', 'first.txt')
    expect(await store.putBlob('blob-cap', first.blob, first.data, 15)).toEqual(first.blob)
    const again = { ...first.blob, name: 'again.txt' }
    expect(await store.putBlob('blob-cap', again, first.data, 15)).toEqual(first.blob)
    const second = blobOf('abcdefghij')
    expect(await store.putBlob('blob-cap', second.blob, second.data, 15)).toBeNull()
    expect(await store.getBlob('blob-cap', second.blob.hash)).toBeNull()
    expect(await store.putBlob('blob-cap-other', second.blob, second.data, 15)).toEqual(second.blob)
    await store.close()
  })

  it('shares the bytes between boards, and deleting one board keeps the other’s', async () => {
    const store = await subject.open()
    const { blob, data } = blobOf('shared screenshot')
    await store.putBlob('blob-one', { ...blob, name: 'one.txt' }, data, MiB)
    await store.putBlob('blob-two', { ...blob, name: 'two.txt' }, data, MiB)
    expect((await store.getBlob('blob-two', blob.hash))?.blob.name).toBe('two.txt')
    await store.deleteBoardBlobs('blob-one')
    expect(await store.getBlob('blob-one', blob.hash)).toBeNull()
    expect(await store.getBlob('blob-two', blob.hash)).toEqual({ blob: { ...blob, name: 'two.txt' }, data })
    await store.deleteBoardBlobs('blob-two')
    expect(await store.getBlob('blob-two', blob.hash)).toBeNull()
    await store.close()
  })

  it('sweeps the blobs of boards that have no record', async () => {
    const store = await subject.open()
    await store.createBoard({
      id: 'blob-kept',
      createdAt: 1,
      linkGen: { facilitator: 0, editor: 0, viewer: 0 },
    })
    const kept = blobOf('kept')
    const orphan = blobOf('orphan')
    await store.putBlob('blob-kept', kept.blob, kept.data, MiB)
    await store.putBlob('blob-gone', orphan.blob, orphan.data, MiB)
    expect(await store.deleteOrphanBlobs()).toBeGreaterThanOrEqual(2)
    expect(await store.getBlob('blob-gone', orphan.blob.hash)).toBeNull()
    expect(await store.getBlob('blob-kept', kept.blob.hash)).toEqual(kept)
    await store.close()
  })
}
