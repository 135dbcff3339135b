export interface VersionMeta {
  id: string
  name: string
  createdAt: number
  author: string
}

async function call(path: string, token: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(path, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string }
    throw new Error(body.error ?? `HTTP ${response.status}`)
  }
  return response
}

const base = (board: string) => `/api/boards/${encodeURIComponent(board)}/versions`

export async function listVersions(board: string, token: string): Promise<VersionMeta[]> {
  return ((await (await call(base(board), token)).json()) as { versions: VersionMeta[] }).versions
}

export async function saveVersion(board: string, token: string, name: string): Promise<VersionMeta> {
  return (await (
    await call(base(board), token, { method: 'POST', body: JSON.stringify({ name }) })
  ).json()) as VersionMeta
}

export async function openVersion(board: string, token: string, id: string): Promise<Uint8Array> {
  return new Uint8Array(await (await call(`${base(board)}/${encodeURIComponent(id)}`, token)).arrayBuffer())
}

export async function restoreVersion(board: string, token: string, id: string): Promise<void> {
  await call(`${base(board)}/${encodeURIComponent(id)}/restore`, token, { method: 'POST' })
}
