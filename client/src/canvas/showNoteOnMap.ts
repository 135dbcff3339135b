const HIGHLIGHT_MS = 1600

/**
 * "Show on map" for a note reference: scrolls the board grid to the note, focuses it (so Enter
 * edits it, as anywhere on the map) and flashes it. Returns false when the note is not on screen.
 */
export function showNoteOnMap(noteId: string): boolean {
  const card = document.querySelector<HTMLElement>(
    `[data-testid="note"][data-note-id="${CSS.escape(noteId)}"]`,
  )
  if (!card) return false
  card.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' })
  card.focus({ preventScroll: true })
  card.classList.add('note-highlight')
  setTimeout(() => card.classList.remove('note-highlight'), HIGHLIGHT_MS)
  return true
}
