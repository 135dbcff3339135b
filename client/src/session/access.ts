import { isRole, type Role } from '@jm/shared'

export interface Access {
  token: string
  role: Role
  participant?: string
  name?: string
}

/** Reads the (server-signed) token's claims for the UI; the server enforces them regardless. */
export function readAccess(token: string): Access | null {
  try {
    const payload = token.split('.')[1]
    if (!payload) return null
    // atob gives one character per byte; the payload is UTF-8 (names such as 陈美 span several bytes).
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (char) =>
      char.charCodeAt(0),
    )
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes))
    if (typeof json !== 'object' || json === null) return null
    const { role, participant, name } = json as Record<string, unknown>
    if (!isRole(role)) return null
    return {
      token,
      role,
      participant: typeof participant === 'string' ? participant : undefined,
      name: typeof name === 'string' ? name : undefined,
    }
  } catch {
    return null
  }
}

/** The server's explanation of a refused request (its JSON `error`), as an Error. */
async function refusal(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => ({}))) as { error?: string }
  return new Error(body.error ?? `HTTP ${response.status}`)
}

/** Exchanges a share-link token for a participant token naming this person. */
export async function joinBoard(board: string, linkToken: string, name: string): Promise<string> {
  const response = await fetch(`/api/boards/${encodeURIComponent(board)}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${linkToken}` },
    body: JSON.stringify({ name }),
  })
  if (!response.ok) throw await refusal(response)
  return ((await response.json()) as { token: string }).token
}

/** The title of the board a share link opens, or null when it cannot be read (the page still joins). */
export async function boardTitle(board: string, linkToken: string): Promise<string | null> {
  try {
    const response = await fetch(`/api/boards/${encodeURIComponent(board)}`, {
      headers: { authorization: `Bearer ${linkToken}` },
    })
    return response.ok ? ((await response.json()) as { title: string }).title || null : null
  } catch {
    return null
  }
}

/** Deletes the board on the server for everyone (facilitators only; the server checks). */
export async function deleteBoardOnServer(board: string, token: string): Promise<void> {
  const response = await fetch(`/api/boards/${encodeURIComponent(board)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${token}` },
  })
  if (!response.ok) throw await refusal(response)
}
