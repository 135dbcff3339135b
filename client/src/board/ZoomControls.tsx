import { BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import type { Viewport } from '../primitives/createViewport.ts'

export function ZoomControls(props: { viewport: Viewport; fit: () => void }) {
  const scale = () => props.viewport.scale()
  return (
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
    </fieldset>
  )
}
