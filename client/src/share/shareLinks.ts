import type { Role } from '@jm/shared'

export type ShareLinks = Record<Role, string>

/** The board's current share links; only a facilitator's token may read them. */
export async function fetchShareLinks(boardId: string, token: string): Promise<ShareLinks> {
  const response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/links`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const body = (await response.json().catch(() => ({}))) as { links?: ShareLinks; error?: string }
  if (!response.ok || !body.links) throw new Error(body.error ?? `HTTP ${response.status}`)
  return body.links
}
