import { EXPORT_FORMATS, type ExportFormat } from '@jm/shared/api'
import { createSignal, For, onCleanup, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { downloadExport } from './downloadExport.ts'
import { io } from './ioMessages.ts'
import './io.css'

/** "Export" in the board's top bar: every role may download the board in each format. */
export function ExportMenu() {
  const board = useBoard()
  const [open, setOpen] = createSignal(false)
  const [busy, setBusy] = createSignal<ExportFormat | null>(null)
  const [error, setError] = createSignal('')
  let root: HTMLDivElement | undefined
  const closeOutside = (event: PointerEvent) => {
    if (root && !root.contains(event.target as Node)) setOpen(false)
  }
  document.addEventListener('pointerdown', closeOutside)
  onCleanup(() => document.removeEventListener('pointerdown', closeOutside))

  const run = async (format: ExportFormat) => {
    setBusy(format)
    setError('')
    try {
      await downloadExport(board.boardId, board.token, format)
      setOpen(false)
    } catch (failure) {
      setError(io().exportFailed((failure as Error).message))
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
        {io().export}
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
                {busy() === format ? io().exporting : io().formats[format]}
              </button>
            )}
          </For>
          <Show when={error()}>
            <p class="error" data-testid="export-error">
              {error()}
            </p>
          </Show>
        </div>
      </Show>
    </div>
  )
}
