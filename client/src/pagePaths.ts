const BOARD_PATH = /^\/b\/([a-z0-9][a-z0-9_-]{0,63})\/?$/

/** The board id of a board page's path (`/b/<id>`), or undefined for any other page. */
export function boardIdIn(path: string): string | undefined {
  return BOARD_PATH.exec(path)?.[1]
}
const WORKSPACE_PATH = /^\/w\/([a-z0-9]{1,64})\/?$/

/** The workspace id of a workspace page's path (`/w/<id>`), or undefined for any other page. */
export function workspaceIdIn(path: string): string | undefined {
  return WORKSPACE_PATH.exec(path)?.[1]
}
