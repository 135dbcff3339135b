import { createSignal, type JSX, onCleanup, Show } from 'solid-js'
import { APP_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'

/**
 * The top bar's secondary controls. In a wide window they stand in the bar as they are (wrapper and
 * button take no room, see board.css); on a phone they fold behind one button so the bar fits the
 * screen, and the language switch of the bar's first row joins them there.
 */
export function MoreMenu(props: { children: JSX.Element }) {
  const [open, setOpen] = createSignal(false)
  let root!: HTMLDivElement
  const closeOutside = (event: Event) => root.contains(event.target as Node) || setOpen(false)
  document.addEventListener('pointerdown', closeOutside)
  onCleanup(() => document.removeEventListener('pointerdown', closeOutside))
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape bubbles up from the menu's button and items
    <div
      ref={root}
      class="more-menu"
      classList={{ open: open() }}
      onKeyDown={(event) => {
        // Taken here, so the page does not also close a side panel with it.
        if (event.key !== 'Escape' || !open()) return
        event.preventDefault()
        setOpen(false)
        root.querySelector<HTMLElement>('.more-toggle')?.focus()
      }}
    >
      <button
        type="button"
        class="icon-button more-toggle"
        data-testid="more-menu"
        aria-expanded={open()}
        aria-label={t(APP_MESSAGES).more}
        title={t(APP_MESSAGES).more}
        onClick={() => setOpen(!open())}
      >
        ⋯
      </button>
      <div class="more-items">
        {props.children}
        {/* Only in the opened menu: a wide window never opens it, and keeps the one in the first row. */}
        <Show when={open()}>
          <LanguageSwitch />
        </Show>
      </div>
    </div>
  )
}
