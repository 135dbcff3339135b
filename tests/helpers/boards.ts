import type { CreatedBoard, Joined } from '@jm/shared/api'
import * as Y from 'yjs'

export type { CreatedBoard }

export async function createBoard(
  baseUrl: string,
  body: Record<string, unknown> = {},
): Promise<CreatedBoard> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.status !== 201)
    throw new Error(`create board answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as CreatedBoard
}

export async function joinBoard(
  baseUrl: string,
  board: string,
  linkToken: string,
  name: string,
): Promise<string> {
  return (await joinParticipant(baseUrl, board, linkToken, name)).token
}

/** Joins with a share link and returns the participant token and id (ballot rooms are named by it). */
export async function joinParticipant(
  baseUrl: string,
  board: string,
  linkToken: string,
  name: string,
): Promise<Joined> {
  const response = await fetch(`${baseUrl}/api/boards/${board}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${linkToken}` },
    body: JSON.stringify({ name }),
  })
  if (!response.ok) throw new Error(`join answered ${response.status}`)
  return (await response.json()) as Joined
}

/** `GET /api/boards/:id/state` applied to a fresh document (fetch undoes the gzip). */
export async function fetchBoardState(baseUrl: string, board: string, token: string): Promise<Y.Doc> {
  const response = await fetch(`${baseUrl}/api/boards/${board}/state`, {
    headers: { authorization: `Bearer ${token}` },
  })
  if (!response.ok) throw new Error(`board state answered ${response.status}`)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()))
  return doc
}
