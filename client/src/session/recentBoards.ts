export interface RecentBoard {
  id: string
  title: string
  link: string
  openedAt: number
}

const KEY = 'jm-recent-boards'
const MAX_RECENT = 12

export function recentBoards(): RecentBoard[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(list)
      ? (list as RecentBoard[]).filter((b) => typeof b?.id === 'string' && typeof b.link === 'string')
      : []
  } catch {
    return []
  }
}

export function rememberBoard(board: RecentBoard): void {
  const rest = recentBoards().filter((b) => b.id !== board.id)
  localStorage.setItem(KEY, JSON.stringify([board, ...rest].slice(0, MAX_RECENT)))
}

export function forgetBoard(id: string): void {
  localStorage.setItem(KEY, JSON.stringify(recentBoards().filter((b) => b.id !== id)))
}
