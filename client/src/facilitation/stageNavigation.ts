/** Scrolls the board so the stage at `index` is in view and flashes its header. */
export function scrollToStage(index: number): void {
  const header = document.querySelectorAll<HTMLElement>('[data-testid="stage-header"]')[index]
  if (!header) return
  header.scrollIntoView({ behavior: 'smooth', inline: 'center', block: 'nearest' })
  header.classList.remove('stage-summoned')
  // Restart the flash animation even when the same stage is summoned twice.
  void header.offsetWidth
  header.classList.add('stage-summoned')
  setTimeout(() => header.classList.remove('stage-summoned'), 2500)
}
