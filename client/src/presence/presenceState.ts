import { MAX_PARTICIPANT_NAME } from '@jm/shared'
/** What each person publishes through y-protocols awareness, and a defensive reader for others' states. */

export interface PresenceUser {
  name: string
  color: string
  role: string
}

export interface PresenceState {
  user: PresenceUser
  /** Pointer position in unscaled board pixels (relative to the grid's top-left); null off the board. */
  cursor: { x: number; y: number } | null
  /** The note this person has open in the editor. */
  editing: string | null
  /** The top-left corner of what this person sees, in board pixels, and their zoom. */
  view: { x: number; y: number; scale: number } | null
}

export interface Peer extends PresenceState {
  clientId: number
}

// Dark enough for white initials and names on them (WCAG AA, 4.5:1 and more), and told apart by hue.
const PALETTE = [
  '#d92d32',
  '#c2410c',
  '#a16207',
  '#15803d',
  '#0f766e',
  '#0369a1',
  '#3e63dd',
  '#8e4ec6',
  '#be185d',
  '#6e56cf',
]

/**
 * The colour this person shows: the preferred one, unless someone with a lower client id (an order
 * everyone agrees on) shows it; then the first colour nobody shows (or the preferred one past ten
 * people). Everyone applies the same rule, so two people never keep the same colour for long.
 */
export function distinctColor(preferred: string, clientId: number, peers: readonly Peer[]): string {
  if (!peers.some((peer) => peer.clientId < clientId && peer.user.color === preferred)) return preferred
  const shown = new Set(peers.map((peer) => peer.user.color))
  return PALETTE.find((color) => !shown.has(color)) ?? preferred
}

/** A stable colour per person (by name and session), so a cursor keeps its colour across reloads. */
export function colorFor(seed: string): string {
  let hash = 0
  for (const char of seed) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) | 0
  return PALETTE[Math.abs(hash) % PALETTE.length] ?? '#3e63dd'
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Reads another client's awareness state; anything malformed becomes null (the peer is then not shown). */
export function readPresence(value: unknown): PresenceState | null {
  if (!isObject(value) || !isObject(value.user)) return null
  const { name, color, role } = value.user
  if (typeof name !== 'string') return null
  const cursor =
    isObject(value.cursor) && finite(value.cursor.x) && finite(value.cursor.y) ? value.cursor : null
  const view =
    isObject(value.view) && finite(value.view.x) && finite(value.view.y) && finite(value.view.scale)
      ? value.view
      : null
  return {
    user: {
      name: name.slice(0, MAX_PARTICIPANT_NAME),
      color: typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : colorFor(name),
      role: typeof role === 'string' ? role : '',
    },
    cursor: cursor ? { x: cursor.x as number, y: cursor.y as number } : null,
    editing: typeof value.editing === 'string' ? value.editing : null,
    view: view ? { x: view.x as number, y: view.y as number, scale: view.scale as number } : null,
  }
}

/** Above this many people, cursors are throttled harder and hidden unless someone turns them on. */
export const LARGE_SESSION = 25
export const CURSOR_INTERVAL_MS = { small: 40, large: 250 } as const
