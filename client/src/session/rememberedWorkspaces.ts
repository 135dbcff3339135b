/** A workspace this device has opened, with the token it was opened with (owner or member). */
export interface RememberedWorkspace {
  id: string
  name: string
  token: string
  openedAt: number
}

const KEY = 'jm-workspaces'
const MAX_REMEMBERED = 12

export function rememberedWorkspaces(): RememberedWorkspace[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(list)
      ? (list as RememberedWorkspace[]).filter(
          (w) => typeof w?.id === 'string' && typeof w.token === 'string',
        )
      : []
  } catch {
    return []
  }
}

export function rememberWorkspace(workspace: RememberedWorkspace): void {
  const rest = rememberedWorkspaces().filter((w) => w.id !== workspace.id)
  localStorage.setItem(KEY, JSON.stringify([workspace, ...rest].slice(0, MAX_REMEMBERED)))
}

/** The token this device keeps for a workspace, if it opened it before. */
export const savedWorkspaceToken = (id: string): string | undefined =>
  rememberedWorkspaces().find((w) => w.id === id)?.token

export const workspaceLink = (workspace: Pick<RememberedWorkspace, 'id' | 'token'>): string =>
  `/w/${workspace.id}#token=${workspace.token}`
