import { EXPORT_FORMATS, type ExportFormat } from '@jm/shared/api'
import { createSignal, For, onCleanup, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { IO_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { downloadExport } from './downloadExport.ts'
import './io.css'

/** "Export" in the board's top bar: every role may download the board in each format. */
export function ExportMenu() {
  const board = useBoard()
  const [open, setOpen] = createSignal(false)
  const [busy, setBusy] = createSignal<ExportFormat | null>(null)
  // The failure's reason; the sentence around it follows the language switch.
  const [failure, setFailure] = createSignal('')
  let root: HTMLDivElement | undefined
  const closeOutside = (event: PointerEvent) => {
    if (root && !root.contains(event.target as Node)) setOpen(false)
  }
  document.addEventListener('pointerdown', closeOutside)
  onCleanup(() => document.removeEventListener('pointerdown', closeOutside))

  const run = async (format: ExportFormat) => {
    setBusy(format)
    setFailure('')
    try {
      await downloadExport(board.boardId, board.token, format)
      setOpen(false)
    } catch (error) {
      setFailure((error as Error).message)
    } finally {
      setBusy(null)
    }
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape bubbles up from the menu's button and items
    <div
      class="io-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open()) return
        event.preventDefault()
        setOpen(false)
        root?.querySelector<HTMLElement>('[data-testid="export-menu"]')?.focus()
      }}
    >
      <button
        type="button"
        class="toolbar-button"
        data-testid="export-menu"
        aria-haspopup="menu"
        aria-expanded={open()}
        onClick={() => setOpen(!open())}
      >
        {t(IO_MESSAGES).export}
      </button>
      <Show when={open()}>
        <div class="io-popover panel" role="menu">
          <For each={EXPORT_FORMATS}>
            {(format) => (
              <button
                type="button"
                role="menuitem"
                data-testid={`export-${format}`}
                disabled={busy() !== null}
                onClick={() => run(format)}
              >
                {busy() === format ? t(IO_MESSAGES).exporting : t(IO_MESSAGES).formats[format]}
              </button>
            )}
          </For>
          <Show when={failure()}>
            <p class="error" data-testid="export-error">
              {t(IO_MESSAGES).exportFailed(failure())}
            </p>
          </Show>
        </div>
      </Show>
    </div>
  )
}
