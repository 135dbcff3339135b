const WORKSPACE_PATH = /^\/w\/([a-z0-9]{1,64})\/?$/

/** The workspace id of a workspace page's path (`/w/<id>`), or undefined for any other page. */
export function workspaceIdIn(path: string): string | undefined {
  return WORKSPACE_PATH.exec(path)?.[1]
}
