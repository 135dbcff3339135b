const BOARD_PATH = /^\/b\/([a-z0-9][a-z0-9_-]{0,63})\/?$/

/** The board id of a board page's path (`/b/<id>`), or undefined for any other page. */
export function boardIdIn(path: string): string | undefined {
  return BOARD_PATH.exec(path)?.[1]
}
