import { onCleanup, onMount } from 'solid-js'

/**
 * Keyboard reach of a side panel that is not modal (the board stays usable beside it, so there is
 * no focus trap): opening it moves the focus into it, since the panel comes after the whole board
 * in the page and Tab alone would walk every cell first; closing it, by Escape, its close button or
 * its toggle, gives the focus back to what opened it, if the focus was in the panel.
 * `first` is where the focus goes, the panel itself by default (a screen reader then reads its name).
 */
export function focusSidePanel(panel: HTMLElement, first: () => HTMLElement | null = () => panel): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
  onMount(() => first()?.focus())
  onCleanup(() => {
    const active = document.activeElement
    const focusWasInside = !active || active === document.body || panel.contains(active)
    if (opener?.isConnected && focusWasInside) opener.focus()
  })
}
