/** The service worker's cache of files people have seen (see vite.config.ts). */
export const ATTACHMENT_CACHE = 'jm-attachments-v1'
/** A file of a board: `/api/boards/<board>/attachments/<sha-256>`. */
export const ATTACHMENT_URL = /\/api\/boards\/[^/]+\/attachments\/[0-9a-f]{64}$/

/** Drops the cached files of one board, e.g. once it is deleted. */
export async function forgetCachedAttachments(boardId: string): Promise<void> {
  if (!('caches' in globalThis) || !(await caches.has(ATTACHMENT_CACHE))) return
  const cache = await caches.open(ATTACHMENT_CACHE)
  const prefix = `/api/boards/${encodeURIComponent(boardId)}/attachments/`
  const requests = await cache.keys()
  await Promise.all(
    requests
      .filter((request) => new URL(request.url).pathname.startsWith(prefix))
      .map((request) => cache.delete(request)),
  )
}
