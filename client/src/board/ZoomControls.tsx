import { createSignal, lazy, Show, Suspense } from 'solid-js'
import { BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import type { Viewport } from '../primitives/createViewport.ts'

// Only for those who open it: the board's first load stays within its budget.
const Minimap = lazy(() => import('./minimap/Minimap.tsx'))

export function ZoomControls(props: { viewport: Viewport; fit: () => void }) {
  const scale = () => props.viewport.scale()
  const [minimapOpen, setMinimapOpen] = createSignal(false)
  return (
    <div class="zoom-dock">
      <Show when={minimapOpen()}>
        <Suspense>
          <Minimap viewport={props.viewport} />
        </Suspense>
      </Show>
      <fieldset class="zoom-controls" aria-label={t(BOARD_MESSAGES).zoom}>
        <button
          type="button"
          class="icon-button"
          aria-label={t(BOARD_MESSAGES).zoomOut}
          onClick={() => props.viewport.zoomTo(scale() / 1.2)}
        >
          −
        </button>
        <button
          type="button"
          class="zoom-level"
          data-testid="zoom-level"
          title={t(BOARD_MESSAGES).zoomReset}
          onClick={() => props.viewport.zoomTo(1)}
        >
          {Math.round(scale() * 100)}%
        </button>
        <button
          type="button"
          class="icon-button"
          aria-label={t(BOARD_MESSAGES).zoomIn}
          onClick={() => props.viewport.zoomTo(scale() * 1.2)}
        >
          +
        </button>
        <button type="button" class="toolbar-button" onClick={props.fit}>
          {t(BOARD_MESSAGES).zoomFit}
        </button>
        <button
          type="button"
          class="toolbar-button"
          data-testid="minimap-toggle"
          aria-pressed={minimapOpen()}
          onClick={() => setMinimapOpen(!minimapOpen())}
        >
          {t(BOARD_MESSAGES).minimap.show}
        </button>
      </fieldset>
    </div>
  )
}
