import type { Logger } from '../log.ts'
import type { BlobStore } from './BlobStore.ts'
import type { BoardStore } from './DocStore.ts'

/**
 * Removes, now and then every `everyMs`, what deleted boards left behind: with several instances,
 * one that hears of a deletion late may still store a batch it had in flight after the rows were
 * deleted (attachments too). Nothing can open such rows (no token names a deleted board), they only take space.
 * Returns a function that stops the sweep once the one under way (if any) has finished.
 */
export function startOrphanSweep(
  storage: BoardStore & BlobStore,
  everyMs: number,
  log: Logger,
): () => Promise<void> {
  if (everyMs <= 0) return async () => {}
  let stopped = false
  let running: Promise<void> = Promise.resolve()
  const sweep = () => {
    running = Promise.all([storage.deleteOrphans(), storage.deleteOrphanBlobs()]).then(
      ([rows, blobs]) => {
        const removed = rows + blobs
        if (removed > 0) log.info('removed rows of deleted boards', { removed })
      },
      (error: unknown) => {
        if (!stopped) log.warn('sweeping rows of deleted boards failed', { error: String(error) })
      },
    )
  }
  sweep()
  const timer = setInterval(sweep, everyMs)
  timer.unref()
  return async () => {
    stopped = true
    clearInterval(timer)
    await running
  }
}
