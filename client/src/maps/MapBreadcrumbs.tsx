import { Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { mapName } from '../board/subJourneys/mapName.ts'
import { MAPS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import '../board/subJourneys/subJourney.css'

/**
 * Above a sub-journey: the way back to the map and the stage it details. Shown while that map is on
 * the board; the stage's crumb opens its panel (or only the map, once the stage is deleted).
 */
export function MapBreadcrumbs() {
  const board = useBoard()
  const shown = () => board.board.maps.find((map) => map.id === board.activeMapId())
  const parent = () => board.board.maps.find((map) => map.id === shown()?.parentMapId)
  const stage = () => board.board.stages.find((candidate) => candidate.id === shown()?.parentStageId)
  const openParent = (stageId: string | null) => {
    const target = parent()
    if (!target) return
    board.setActiveMapId(target.id)
    if (stageId) board.openStagePanel(stageId)
  }
  return (
    <Show when={parent()}>
      {(target) => (
        <nav class="map-breadcrumbs" aria-label={t(MAPS_MESSAGES).breadcrumbs} data-testid="map-breadcrumbs">
          <button
            type="button"
            class="link-button"
            data-testid="breadcrumb-map"
            onClick={() => openParent(null)}
          >
            {mapName(target())}
          </button>
          <Show when={stage()}>
            {(parentStage) => (
              <>
                <span aria-hidden="true">›</span>
                <button
                  type="button"
                  class="link-button"
                  data-testid="breadcrumb-stage"
                  onClick={() => openParent(parentStage().id)}
                >
                  {parentStage().name}
                </button>
              </>
            )}
          </Show>
          <span aria-hidden="true">›</span>
          <span aria-current="page" data-testid="breadcrumb-current">
            {mapName(shown() ?? target())}
          </span>
        </nav>
      )}
    </Show>
  )
}
