/** Cursor colours that stay readable on tldraw's white canvas. */
const COLOURS = ['#e03131', '#1971c2', '#2f9e44', '#f08c00', '#9c36b5', '#0c8599', '#c2255c', '#5c940d']

/** A stable colour per participant, so a person keeps their cursor colour across reloads. */
export function colourOf(participantId: string): string {
  let hash = 0
  for (const char of participantId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0
  return COLOURS[hash % COLOURS.length] ?? '#1971c2'
}
