import { createSignal, lazy, onCleanup, Show, Suspense } from 'solid-js'
import { BOARD_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'

// The sheet and its texts load on first use: most people never open it.
const ShortcutSheet = lazy(() => import('./ShortcutSheet.tsx'))

/** "?" in the tools row, and the "?" key anywhere but in a text field, open the shortcut sheet. */
export function ShortcutsButton() {
  const [open, setOpen] = createSignal(false)
  let button!: HTMLButtonElement
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return
    const target = event.target as HTMLElement | null
    if (target?.closest('textarea, input, select, [contenteditable], .canvas-panel')) return
    event.preventDefault()
    setOpen(true)
  }
  window.addEventListener('keydown', onKey)
  onCleanup(() => window.removeEventListener('keydown', onKey))
  const close = () => {
    setOpen(false)
    button.focus()
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        class="icon-button"
        data-testid="shortcuts"
        aria-label={t(BOARD_MESSAGES).shortcuts}
        title={`${t(BOARD_MESSAGES).shortcuts} (?)`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      <Show when={open()}>
        <Suspense>
          <ShortcutSheet onClose={close} />
        </Suspense>
      </Show>
    </>
  )
}
