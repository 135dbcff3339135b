import { t } from '../i18n/locale.ts'
import type { Viewport } from './createViewport.ts'

export function ZoomControls(props: { viewport: Viewport; fit: () => void }) {
  const scale = () => props.viewport.scale()
  return (
    <fieldset class="zoom-controls" aria-label={t().zoom}>
      <button
        type="button"
        class="icon-button"
        aria-label={t().zoomOut}
        onClick={() => props.viewport.zoomTo(scale() / 1.2)}
      >
        −
      </button>
      <button
        type="button"
        class="zoom-level"
        data-testid="zoom-level"
        title={t().zoomReset}
        onClick={() => props.viewport.zoomTo(1)}
      >
        {Math.round(scale() * 100)}%
      </button>
      <button
        type="button"
        class="icon-button"
        aria-label={t().zoomIn}
        onClick={() => props.viewport.zoomTo(scale() * 1.2)}
      >
        +
      </button>
      <button type="button" class="toolbar-button" onClick={props.fit}>
        {t().zoomFit}
      </button>
    </fieldset>
  )
}
