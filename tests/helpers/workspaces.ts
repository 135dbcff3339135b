import type { CreatedBoard } from '@jm/shared/api'
import type { CreatedWorkspace } from '@jm/shared/api/workspaces'

export type { CreatedWorkspace }

export interface Answer<T = unknown> {
  status: number
  body: T
}

/** One JSON call to the API: the status and the parsed body, whatever the status. */
export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  path: string,
  options: { method?: string; token?: string; body?: unknown } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {}
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${baseUrl}/api${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  return { status: response.status, body: (await response.json()) as T }
}

export async function createWorkspace(baseUrl: string, name = 'CX team'): Promise<CreatedWorkspace> {
  const answer = await call<CreatedWorkspace>(baseUrl, '/workspaces', { body: { name } })
  if (answer.status !== 201) throw new Error(`create workspace answered ${answer.status}`)
  return answer.body
}

/** A board created with a workspace token, so it lands in that workspace. */
export async function createBoardIn(
  baseUrl: string,
  token: string,
  body: Record<string, unknown> = {},
): Promise<CreatedBoard> {
  const answer = await call<CreatedBoard>(baseUrl, '/boards', { token, body })
  if (answer.status !== 201)
    throw new Error(`create board answered ${answer.status}: ${JSON.stringify(answer.body)}`)
  return answer.body
}
