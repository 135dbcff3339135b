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

/** The index of the stage whose header is nearest the middle of the board's scroll area. */
export function stageInView(scroller: HTMLElement): number {
  const box = scroller.getBoundingClientRect()
  const middle = box.left + box.width / 2
  let best = -1
  let bestDistance = Number.POSITIVE_INFINITY
  document.querySelectorAll<HTMLElement>('[data-testid="stage-header"]').forEach((header, index) => {
    const rect = header.getBoundingClientRect()
    const distance = Math.abs(rect.left + rect.width / 2 - middle)
    if (distance < bestDistance) {
      bestDistance = distance
      best = index
    }
  })
  return best
}
